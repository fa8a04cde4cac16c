import type { Framework } from "../framework/schema.ts";
import type { Answers } from "../records.ts";
import { compileConditions, type CompiledCondition } from "./compiled.ts";
import { APPLIES, tabulate, testRow, type CaseTable } from "./table.ts";

export interface Flag {
  case: string;
  rule: string;
  message: string;
}

/** Consistency rules are checked on everything stored for the case, including answers set
 * aside, so an answer that no longer fits is flagged rather than silently ignored. */
export function flagsFor(framework: Framework, caseRef: string, raw: Answers): Flag[] {
  return flagsOfTable(tabulate(framework, [{ ref: caseRef, answers: raw }]));
}

const compiledRules = new WeakMap<Framework, Array<{ rule: Framework["rules"][number]; when: CompiledCondition[] }>>();

/** The same rules over a whole table at once (for summaries of many cases). */
export function flagsOfTable(table: CaseTable): Flag[] {
  let rules = compiledRules.get(table.framework);
  if (!rules) compiledRules.set(table.framework, (rules = table.framework.rules.map((rule) => ({ rule, when: compileConditions(table.compiled, rule.when) }))));
  const flags: Flag[] = [];
  for (let row = 0; row < table.size; row++)
    for (const { rule, when } of rules)
      if (testRow(when, table.raw, null, row) === APPLIES) flags.push({ case: table.refs[row]!, rule: rule.id, message: rule.message });
  return flags;
}
