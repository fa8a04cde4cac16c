import { readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { evalLine, readEvalSet, runEvalSet } from "../../core/query/eval-set.ts";
import { parseQuery } from "../../core/query/parse.ts";
import { findFramework, DEFAULT_FRAMEWORK } from "../../frameworks/index.ts";
import { parseCommand } from "../args.ts";
import { UsageError, type Command } from "../io.ts";

const USAGE = "casecheck eval-ask [--file PATH] [--quiet] [--framework ID]";
const EVAL_DIR = fileURLToPath(new URL("../../../fixtures/eval/", import.meta.url));
/** The held-out blind sets (set 2, the one the README states, and the others) are only ever
 * measured: their misses are never printed, so nobody tunes against them (fixtures/eval/README.md). */
export const HELD_OUT = new Set([
  "blind-2.jsonl",
  "blind-6.jsonl",
  "blind-21.jsonl",
  "blind-22.jsonl",
  "blind-33.jsonl",
  "blind-34.jsonl",
  "blind-54.jsonl",
  "blind-55.jsonl",
  "blind-56.jsonl",
  "blind-57.jsonl",
]);

/** The tuning set first, then every blind set. */
function defaultFiles(): string[] {
  const blind = readdirSync(EVAL_DIR)
    .filter((f) => /^blind-.*\.jsonl$/.test(f))
    .sort();
  return ["ask.jsonl", ...blind].map((f) => `${EVAL_DIR}${f}`);
}

/** Scores the rules-only question parser on the evaluation sets (fixtures/eval/ask.jsonl and each
 * blind-*.jsonl, or one --file): the four figures of each set, and the misses of the sets one may
 * tune on (with --quiet, the figures only). Exits 0 whatever the score; the test suite holds the
 * thresholds. */
export const evalAsk: Command = async (args, io) => {
  const { values } = parseCommand(args, { file: { type: "string" }, framework: { type: "string" }, quiet: { type: "boolean" } }, USAGE);
  const framework = findFramework(values.framework ?? DEFAULT_FRAMEWORK);
  if (!framework) throw new UsageError([`--framework: "${values.framework}" is not a framework this version knows`]);
  for (const file of values.file ? [values.file] : defaultFiles()) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new UsageError([`--file: cannot read ${file}: ${(error as Error).message}`]);
    }
    let items;
    try {
      items = readEvalSet(text);
    } catch (error) {
      throw new UsageError([`${file}: ${(error as Error).message}`]);
    }
    const report = runEvalSet(framework, items, (q) => parseQuery(framework, q));
    const name = basename(file);
    if (!values.quiet && !HELD_OUT.has(name)) {
      for (const miss of report.misses)
        io.stdout(`miss: ${miss.q}\n  wanted ${miss.wanted}\n  got    ${miss.got}${miss.outcome.wrong ? "   ← confidently wrong" : ""}`);
      if (name === "ask.jsonl") for (const m of report.thin) io.stdout(`thin: ${m.id} is asked only ${m.phrasings} way(s); the set wants 3`);
    }
    io.stdout(evalLine(name, report));
  }
  return 0;
};
