import { join } from "node:path";
import { groupRows, selectRows } from "../src/core/scoring/filter.ts";
import { metricDef } from "../src/core/scoring/metrics.ts";
import { scoreMetric, type Metric } from "../src/core/scoring/score.ts";
import { tabulate, type CaseTable } from "../src/core/scoring/table.ts";
import { summarise } from "../src/core/summary/summary.ts";
import type { Inspection } from "../src/core/records.ts";
import { DEFAULT_FRAMEWORK, findFramework } from "../src/frameworks/index.ts";
import { answerRows, GENERATED_AT, generateInspections } from "./generate.ts";
import { fmt, median, timeRuns } from "./measure.ts";
import type { PartResult } from "./report.ts";
import { openSql, type Sql } from "./sql.ts";

const framework = findFramework(DEFAULT_FRAMEWORK)!;

/** Scoring at scale: the summary and one filtered, grouped figure over generated inspections,
 * in memory, against SQLite counting the same answers with GROUP BY. */

const SIZES = [1_000, 10_000, 100_000] as const;
const REPS: Record<number, number> = { 1_000: 20, 10_000: 5, 100_000: 3 };
const EACH = 20;
const pooled: Inspection = { id: "bench-all", name: "All generated inspections", framework: framework.id, createdAt: GENERATED_AT, createdBy: "bench" };

/** rosh.review among custody cases, by RoSH level: the figure `ask` gives for
 * "how many risk reviews were sufficient in custody cases, by risk level?". */
export function custodyReviewsByLevel(table: CaseTable): Array<{ key: string; metric: Metric }> {
  const def = metricDef(framework, "rosh.review")!;
  const custody = selectRows(table, { answers: { "profile.sentence": ["custody"] } });
  return groupRows(table, "profile.rosh_level", custody).map((g) => ({ key: g.key, metric: scoreMetric(framework, def, table, g.rows) }));
}

const GROUP_SQL = (t: string) => `SELECT question, value, count(*) AS n FROM ${t} GROUP BY question, value`;
const QUERY_SQL = (t: string) => `SELECT r.value AS level, q.value AS review, count(*) AS n
  FROM ${t} s
  JOIN ${t} r ON r.inspection = s.inspection AND r.case_ref = s.case_ref AND r.question = 'profile.rosh_level'
  JOIN ${t} q ON q.inspection = s.inspection AND q.case_ref = s.case_ref AND q.question = 'rosh.review'
  WHERE s.question = 'profile.sentence' AND s.value = 'custody'
  GROUP BY r.value, q.value`;

async function loadSql(sql: Sql, rows: Iterable<[string, string, string, string]>): Promise<number> {
  await sql.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
  for (const n of SIZES)
    await sql.exec(`DROP TABLE IF EXISTS answers_${n}; CREATE TABLE answers_${n} (inspection TEXT, case_ref TEXT, question TEXT, value TEXT);`);
  const big = `answers_${SIZES.at(-1)}`;
  let batch: unknown[] = [];
  let count = 0;
  const flush = async () => {
    await sql.run(
      `INSERT INTO ${big} SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]') FROM json_each(?)`,
      JSON.stringify(batch),
    );
    batch = [];
  };
  await sql.exec("BEGIN");
  for (const row of rows) {
    batch.push(row);
    count++;
    if (batch.length === 20_000) await flush();
  }
  if (batch.length) await flush();
  for (const n of SIZES.slice(0, -1))
    await sql.run(`INSERT INTO answers_${n} SELECT * FROM ${big} WHERE inspection <= ?`, `bench-${String(n / EACH).padStart(5, "0")}`);
  await sql.exec("COMMIT");
  for (const n of SIZES)
    await sql.exec(
      `CREATE INDEX answers_${n}_qv ON answers_${n} (question, value); CREATE INDEX answers_${n}_case ON answers_${n} (inspection, case_ref, question);`,
    );
  await sql.exec("ANALYZE");
  return count;
}

/** Our figures must equal a plain count; a benchmark of wrong answers means nothing. */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`scoring benchmark: ${what} differs between casecheck and SQL`);
}

export async function benchScoring(tmp: string): Promise<PartResult> {
  const raw: string[] = [];
  let start = performance.now();
  const inspections = generateInspections(framework, SIZES.at(-1)! / EACH, EACH);
  const all = inspections.flatMap((i) => i.cases);
  raw.push(`- generated ${fmt(inspections.length)} inspections, ${fmt(all.length)} cases in ${fmt(performance.now() - start)} ms`);

  const sql = await openSql(join(tmp, "scoring.sqlite"));
  start = performance.now();
  const rows = await loadSql(sql, answerRows(inspections));
  raw.push(`- SQLite: ${fmt(rows)} answer rows (${fmt(rows / all.length)} per case) loaded and indexed in ${fmt(performance.now() - start)} ms`);

  const per: Record<string, Record<number, number>> = { load: {}, summary: {}, cold: {}, query: {}, sqlGroup: {}, sqlQuery: {} };
  // The figures of the last timed run, checked against SQL below.
  let summary: ReturnType<typeof summarise> | undefined;
  let groups: ReturnType<typeof custodyReviewsByLevel> = [];
  raw.push(
    "",
    "Scoring reads a read model kept in memory (`tabulate`: each case's applicability worked out once, as integers), as SQL reads its indexed table; building it is timed apart, and so is a summary straight from plain cases.",
    "",
    "| cases | read model ms | summarise ms | per case µs | from plain cases ms | query ms | per case µs | SQL GROUP BY ms | per case µs | SQL query ms | per case µs |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const n of SIZES) {
    const cases = all.slice(0, n);
    const reps = REPS[n]!;
    // The smaller sizes have warmed the code (and SQLite's cache) by the time the largest runs.
    const warm = n === SIZES[0] ? 2 : 0;
    let table = tabulate(framework, cases);
    per.load![n] = median(await timeRuns(reps, () => (table = tabulate(framework, cases)), warm));
    per.summary![n] = median(await timeRuns(reps, () => (summary = summarise(framework, pooled, table)), warm));
    per.cold![n] = median(await timeRuns(1, () => summarise(framework, pooled, cases), 0));
    per.query![n] = median(await timeRuns(reps, () => (groups = custodyReviewsByLevel(table)), warm));
    per.sqlGroup![n] = median(await timeRuns(reps, () => sql.all(GROUP_SQL(`answers_${n}`)), warm || 1));
    per.sqlQuery![n] = median(await timeRuns(reps, () => sql.all(QUERY_SQL(`answers_${n}`)), warm || 1));
    const us = (ms: number) => fmt((ms * 1000) / n);
    raw.push(
      `| ${fmt(n)} | ${fmt(per.load![n]!)} | ${fmt(per.summary![n]!)} | ${us(per.summary![n]!)} | ${fmt(per.cold![n]!)} | ${fmt(per.query![n]!)} | ${us(per.query![n]!)} | ${fmt(per.sqlGroup![n]!)} | ${us(per.sqlGroup![n]!)} | ${fmt(per.sqlQuery![n]!)} | ${us(per.sqlQuery![n]!)} |`,
    );
  }

  // The same counts both ways, on the largest size.
  const counts = new Map(
    (await sql.all<{ question: string; value: string; n: number }>(GROUP_SQL(`answers_${SIZES.at(-1)}`))).map((r) => [`${r.question}=${r.value}`, r.n]),
  );
  const review = summary!.metrics.find((m) => m.id === "rosh.review")!;
  check(review.numerator === counts.get("rosh.review=yes") && review.denominator - review.numerator === counts.get("rosh.review=no"), "rosh.review");
  const grouped = new Map(
    (await sql.all<{ level: string; review: string; n: number }>(QUERY_SQL(`answers_${SIZES.at(-1)}`))).map((r) => [`${r.level}/${r.review}`, r.n]),
  );
  for (const g of groups) check(g.metric.numerator === (grouped.get(`${g.key}/yes`) ?? 0), `rosh.review in custody, ${g.key}`);
  raw.push(
    "",
    "- SQL counts answer rows by (question, value) over a covering index; casecheck works out for every case which questions apply (a follow-up counts only when its gate holds), set-aside answers, the cases behind each figure, progress and consistency flags, so the SQL figure is a floor, not the same work",
  );
  raw.push(
    `- checked: rosh.review ${review.numerator}/${review.denominator} and the custody-by-level figures (${groups.map((g) => `${g.key} ${g.metric.numerator}/${g.metric.denominator}`).join(", ")}) equal the SQL counts`,
  );

  // Each inspection's own summary, as the App Home or an `inspections` listing would need.
  const eachMs = median(await timeRuns(1, () => inspections.map((i) => summarise(framework, i.inspection, i.cases)), 0));
  raw.push(`- summarise each of the ${fmt(inspections.length)} inspections separately: ${fmt(eachMs)} ms (${fmt((eachMs * 1000) / all.length)} µs per case)`);
  await sql.close();

  const [small, , large] = SIZES;
  const perCase = (what: string, n: number) => (per[what]![n]! * 1000) / n;
  return {
    part: "scoring",
    raw,
    rows: [
      {
        figure: `summary of ${fmt(large)} cases (${fmt(large / EACH)} inspections) vs SQL GROUP BY`,
        ours: per.summary![large]!,
        baseline: per.sqlGroup![large]!,
        unit: "ms",
        target: "< 1× (faster than SQL)",
        holds: per.summary![large]! < per.sqlGroup![large]!,
      },
      {
        figure: `custody rosh.review by RoSH level, ${fmt(large)} cases vs SQL join`,
        ours: per.query![large]!,
        baseline: per.sqlQuery![large]!,
        unit: "ms",
        target: "< 1× (faster than SQL)",
        holds: per.query![large]! < per.sqlQuery![large]!,
      },
      {
        figure: `building the read model of ${fmt(large)} cases vs SQL GROUP BY`,
        ours: per.load![large]!,
        baseline: per.sqlGroup![large]!,
        unit: "ms",
        target: "— (reported)",
      },
      {
        figure: `summary straight from ${fmt(large)} plain cases vs SQL GROUP BY`,
        ours: per.cold![large]!,
        baseline: per.sqlGroup![large]!,
        unit: "ms",
        target: "— (reported)",
      },
      {
        figure: `summary per case at ${fmt(large)} vs at ${fmt(small)} cases`,
        ours: perCase("summary", large),
        baseline: perCase("summary", small),
        unit: "µs",
        target: "≤ 1.5× (linear)",
        holds: perCase("summary", large) <= 1.5 * perCase("summary", small),
      },
      {
        figure: `query per case at ${fmt(large)} vs at ${fmt(small)} cases`,
        ours: perCase("query", large),
        baseline: perCase("query", small),
        unit: "µs",
        target: "≤ 1.5× (linear)",
        holds: perCase("query", large) <= 1.5 * perCase("query", small),
      },
    ],
  };
}
