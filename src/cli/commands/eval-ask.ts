import { readFileSync } from "node:fs";
import { evalLine, readEvalSet, runEvalSet } from "../../core/query/eval-set.ts";
import { parseQuery } from "../../core/query/parse.ts";
import { findFramework, DEFAULT_FRAMEWORK } from "../../frameworks/index.ts";
import { parseCommand } from "../args.ts";
import { UsageError, type Command } from "../io.ts";

const USAGE = "casecheck eval-ask [--file fixtures/eval/ask.jsonl] [--framework ID]";
const DEFAULT_FILE = new URL("../../../fixtures/eval/ask.jsonl", import.meta.url);

/** Scores the rules-only question parser on the evaluation set: prints each miss and the share
 * right. Exits 0 whatever the score; the test suite holds the threshold. */
export const evalAsk: Command = async (args, io) => {
  const { values } = parseCommand(args, { file: { type: "string" }, framework: { type: "string" } }, USAGE);
  const framework = findFramework(values.framework ?? DEFAULT_FRAMEWORK);
  if (!framework) throw new UsageError([`--framework: "${values.framework}" is not a framework this version knows`]);
  let text: string;
  try {
    text = readFileSync(values.file ?? DEFAULT_FILE, "utf8");
  } catch (error) {
    throw new UsageError([`--file: cannot read ${values.file}: ${(error as Error).message}`]);
  }
  let items;
  try {
    items = readEvalSet(text);
  } catch (error) {
    throw new UsageError([`${values.file ?? "fixtures/eval/ask.jsonl"}: ${(error as Error).message}`]);
  }
  const report = runEvalSet(framework, items, (q) => parseQuery(framework, q));
  for (const miss of report.misses) io.stdout(`miss: ${miss.q}\n  wanted ${miss.wanted}\n  got    ${miss.got}`);
  for (const m of report.thin) io.stdout(`thin: ${m.id} is asked only ${m.phrasings} way(s); the set wants 3`);
  io.stdout(evalLine(report));
  return 0;
};
