#!/usr/bin/env node
// The casecheck command. TypeScript runs through tsx, so there is no build step.
import { register } from "tsx/esm/api";

register();
const { runProcess } = await import("../src/cli/process.ts");
await runProcess();
