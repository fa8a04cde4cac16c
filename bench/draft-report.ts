import { readFileSync } from "node:fs";
import type { Answer, Inspection } from "../src/core/records.ts";
import type { ScoredCase } from "../src/core/scoring/score.ts";
import { summaryMarkdown } from "../src/core/summary/markdown.ts";
import { summarise } from "../src/core/summary/summary.ts";
import { DEFAULT_FRAMEWORK, findFramework } from "../src/frameworks/index.ts";
const framework = findFramework(DEFAULT_FRAMEWORK)!;
import type { ReportInput } from "../src/report/document.ts";
import { REPORT_FORMATS, renderReport } from "../src/report/render.ts";
import { parseAnswersCsv } from "../src/service/csv-import.ts";
import { GENERATED_AT, generateInspections } from "./generate.ts";
import { fmt, median, timeRuns } from "./measure.ts";
import type { PartResult, Row } from "./report.ts";

/** The draft report: the time to render the Dorset inspection (20 cases) and a generated one of
 * 500 cases in each format, against the Markdown summary of the same figures in the same run
 * (what `summary --format md` prints, the nearest thing casecheck made before). */

const REPS = { md: 20, html: 20, pdf: 5, docx: 5 } as const;

function dorset(): { inspection: Inspection; cases: ScoredCase[] } {
  const parsed = parseAnswersCsv(framework, readFileSync(new URL("../fixtures/inspections/dorset-2016.csv", import.meta.url), "utf8"));
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const at = "2016-09-14T17:00:00.000Z";
  const cases = parsed.rows.map((r) => ({
    ref: r.ref,
    ...(r.manager ? { manager: r.manager } : {}),
    answers: Object.fromEntries(r.answers.map((a): [string, Answer] => [a.question, { question: a.question, value: a.value, by: "bench", at }])),
  }));
  return {
    inspection: { id: "dorset-2016", name: "Dorset Combined YOS, SQS September 2016", framework: framework.id, createdAt: at, createdBy: "bench" },
    cases,
  };
}

function inputOf({ inspection, cases }: { inspection: Inspection; cases: ScoredCase[] }): ReportInput {
  return { summary: summarise(framework, inspection, cases), narrative: {}, framework, period: { from: inspection.createdAt, to: inspection.createdAt } };
}

export async function benchDraftReport(): Promise<PartResult> {
  const generated = generateInspections(framework, 1, 500, 2026)[0]!;
  const subjects = [
    { name: "Dorset (20 cases)", input: inputOf(dorset()) },
    { name: "500 cases", input: inputOf({ inspection: { ...generated.inspection, createdAt: GENERATED_AT }, cases: generated.cases }) },
  ];
  const rows: Row[] = [];
  const raw: string[] = [];
  for (const { name, input } of subjects) {
    const baseline = median(await timeRuns(50, () => summaryMarkdown(input.summary), 5));
    raw.push(`- ${name}: baseline summaryMarkdown median ${fmt(baseline)} ms (50 runs)`);
    for (const format of REPORT_FORMATS) {
      let bytes = 0;
      const times = await timeRuns(REPS[format], async () => (bytes = (await renderReport(input, format)).length));
      const ours = median(times);
      rows.push({ figure: `draft report, ${name}, ${format}`, ours, baseline, unit: "ms", target: "reported" });
      raw.push(
        `- ${name}, ${format}: median ${fmt(ours)} ms, min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))} (${REPS[format]} runs after one warm-up); ${fmt(bytes / 1024)} KiB`,
      );
    }
  }
  return { part: "draft report", rows, raw };
}
