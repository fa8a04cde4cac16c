import type { Framework } from "../core/framework/schema.ts";
import { sqsYouth2016 } from "./sqs-youth-2016.ts";

/** Every framework the product knows, by id. A new framework is a new data file listed here. */
export const frameworks: ReadonlyMap<string, Framework> = new Map([[sqsYouth2016.id, sqsYouth2016]]);

export const DEFAULT_FRAMEWORK = sqsYouth2016.id;

export function findFramework(id: string): Framework | undefined {
  return frameworks.get(id);
}
