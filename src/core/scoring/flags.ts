import { testAll } from "../framework/conditions.ts";
import type { Framework } from "../framework/schema.ts";
import type { Answers } from "../records.ts";

export interface Flag {
  case: string;
  rule: string;
  message: string;
}

/** Consistency rules are checked on everything stored for the case, including answers set
 * aside, so an answer that no longer fits is flagged rather than silently ignored. */
export function flagsFor(framework: Framework, caseRef: string, raw: Answers): Flag[] {
  return framework.rules
    .filter((rule) => testAll(rule.when, raw) === "applies")
    .map((rule) => ({ case: caseRef, rule: rule.id, message: rule.message }));
}
