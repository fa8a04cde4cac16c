import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fmt } from "./measure.ts";
import { machineLine, table, targetLines, writeResults, type PartResult } from "./report.ts";

/** `npm run bench [-- PART ...] [--write]`: runs the benchmarks (all, or the parts named),
 * prints the table of ratios, and on a full run writes bench/RESULTS.md. */
const PARTS: Record<string, (tmp: string) => Promise<PartResult>> = {
  interaction: async (tmp) => (await import("./interaction.ts")).benchInteraction(tmp),
  scoring: async (tmp) => (await import("./scoring.ts")).benchScoring(tmp),
  storage: async (tmp) => (await import("./storage.ts")).benchStorage(tmp),
  footprint: async (tmp) => (await import("./footprint.ts")).benchFootprint(tmp),
  questions: async (tmp) => (await import("./questions.ts")).benchQuestions(tmp),
  import: async (tmp) => (await import("./import.ts")).benchImport(tmp),
  report: async () => (await import("./draft-report.ts")).benchDraftReport(),
};

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { write: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log(
    `usage: npm run bench [-- ${Object.keys(PARTS).join("|")} ...] [--write]\n  no part: all of them, and bench/RESULTS.md is rewritten; --write rewrites it for a subset too`,
  );
  process.exit(0);
}
const unknown = positionals.filter((p) => !PARTS[p]);
if (unknown.length) {
  console.error(`unknown part(s): ${unknown.join(", ")}; choose from ${Object.keys(PARTS).join(", ")}`);
  process.exit(2);
}
const chosen = positionals.length ? Object.keys(PARTS).filter((p) => positionals.includes(p)) : Object.keys(PARTS);

console.log(`casecheck bench: ${chosen.join(", ")}\n${machineLine()}\n`);
const tmp = mkdtempSync(join(tmpdir(), "casecheck-bench-"));
const started = performance.now();
const results: PartResult[] = [];
try {
  for (const part of chosen) {
    const t = performance.now();
    console.log(`— ${part} …`);
    const result = await PARTS[part]!(tmp);
    results.push(result);
    console.log(result.raw.map((l) => `  ${l}`).join("\n"));
    console.log(`  (${fmt((performance.now() - t) / 1000)} s)\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const seconds = (performance.now() - started) / 1000;
console.log(table(results));
console.log(`\n${targetLines(results).join("\n")}\n\n${fmt(seconds)} s in all`);
if (!positionals.length || values.write) {
  writeResults(new URL("./RESULTS.md", import.meta.url), results, seconds);
  console.log("wrote bench/RESULTS.md");
}
// Child processes and servers are closed by each part; leave even if a library keeps a handle.
process.exit(0);
