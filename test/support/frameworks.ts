import { DEFAULT_FRAMEWORK, findFramework } from "../../src/frameworks/index.ts";

/** The 2016 framework as loaded from frameworks/sqs-youth-2016.yaml. */
export const sqsYouth2016 = findFramework(DEFAULT_FRAMEWORK)!;
