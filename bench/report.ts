import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fmt } from "./measure.ts";

/** One line of the final table: our figure, the baseline measured in the same run, and the target. */
export interface Row {
  figure: string;
  ours: number;
  baseline?: number;
  unit: string;
  /** How the target reads, e.g. "≤ 1.25× baseline" or "< 50 ms". */
  target: string;
  /** Undefined when the figure has no target (reported only). */
  holds?: boolean;
}

/** What each part hands back: table rows and the raw numbers behind them (markdown lines). */
export interface PartResult {
  part: string;
  rows: Row[];
  raw: string[];
}

const ratio = (r: Row) => (r.baseline ? r.ours / r.baseline : undefined);
const verdict = (r: Row) => (r.holds === undefined ? "—" : r.holds ? "yes" : "**no**");

export function table(results: readonly PartResult[]): string {
  const lines = ["| figure | ours | baseline | ratio | target | holds? |", "|---|---:|---:|---:|---|---|"];
  for (const r of results.flatMap((p) => p.rows)) {
    const x = ratio(r);
    lines.push(
      `| ${r.figure} | ${fmt(r.ours)} ${r.unit} | ${r.baseline === undefined ? "—" : `${fmt(r.baseline)} ${r.unit}`} | ${x === undefined ? "—" : `${fmt(x)}×`} | ${r.target} | ${verdict(r)} |`,
    );
  }
  return lines.join("\n");
}

export function targetLines(results: readonly PartResult[]): string[] {
  return results
    .flatMap((p) => p.rows)
    .filter((r) => r.holds !== undefined)
    .map(
      (r) =>
        `- ${r.holds ? "holds" : "does NOT hold"}: ${r.figure} (${r.target}; ours ${fmt(r.ours)} ${r.unit}${r.baseline === undefined ? "" : `, baseline ${fmt(r.baseline)} ${r.unit}, ${fmt(ratio(r)!)}×`})`,
    );
}

export function machineLine(): string {
  return `${new Date().toISOString()} · Node ${process.version} · ${cpus().length} CPUs (${cpus()[0]?.model ?? "unknown"}) · ${process.platform}`;
}

/** How to read the table; the raw numbers below it say how each figure was taken. */
const NOTES = [
  "- Ratios are ours ÷ baseline, both from this run; on this shared 2-core machine absolute times drift between runs by ±30%, ratios less.",
  "- Interaction: *ack* is what Slack waits for (its 3-second limit); *done* is the whole click (answer stored, question closed, next question posted, root updated). The 50-user lines are a saturation test (no pause between clicks), so their latency is about 50 ÷ throughput.",
  "- Scoring: the SQL baseline only counts rows; casecheck also decides applicability per case, lists the cases behind each figure, progress and flags. Both give the same counts (checked each run).",
];

export function writeResults(file: URL, results: readonly PartResult[], seconds: number): void {
  const text = [
    "# casecheck benchmark results",
    "",
    `Written by \`npm run bench\` (bench/run.ts); method in shared/BENCHMARKS.md. Every baseline is measured in the same run.`,
    "",
    `Run: ${machineLine()} · ${fmt(seconds)} s`,
    "",
    table(results),
    "",
    ...NOTES,
    "",
    "## Targets",
    "",
    ...targetLines(results),
    "",
    ...results.flatMap((p) => [`## ${p.part}: raw numbers`, "", ...p.raw, ""]),
  ].join("\n");
  writeFileSync(file, text);
}
