import { z } from "zod";
import type { Framework } from "../framework/schema.ts";
import { metricDefs } from "../scoring/metrics.ts";
import type { ParseResult } from "./parse.ts";
import { canonicalQuery, Query } from "./query.ts";

/** One line of fixtures/eval/ask.jsonl: a question as people ask it, and what it should read
 * as: a query, one of several named readings (an ambiguous question must say it is unsure), or
 * a refusal. */
export const EvalItem = z.union([
  z.object({ q: z.string(), expect: Query }).strict(),
  z.object({ q: z.string(), ambiguous: z.array(z.string()).min(2) }).strict(),
  z.object({ q: z.string(), refuse: z.literal(true) }).strict(),
]);
export type EvalItem = z.infer<typeof EvalItem>;

export function readEvalSet(jsonl: string): EvalItem[] {
  return jsonl
    .split("\n")
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line && !line.startsWith("//"))
    .map(([line, n]) => {
      const parsed = EvalItem.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${n}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
      return parsed.data;
    });
}

/** How one item came out. `right`: read right first time (sure and right; unsure offering every
 * listed reading; refused). `wrong`: confidently wrong (sure and wrong; any query for a refusal).
 * `click`: right within one more click (right, or unsure or not understood with the right
 * reading among the choices offered). `lost`: not understood (no query for a question that has one). */
export interface Outcome {
  right: boolean;
  wrong: boolean;
  click: boolean;
  lost: boolean;
}

export interface EvalMiss {
  q: string;
  wanted: string;
  got: string;
  outcome: Outcome;
}

/** The readings offered: the best one and each choice, with the question's filters and groups. */
function offered(result: Extract<ParseResult, { ok: true }>): Query[] {
  return [result.query, ...(result.alternatives ?? []).map((a) => a.query ?? { ...result.query, metric: a.id })].map(canonicalQuery);
}

const same = (a: Query, b: Query) => JSON.stringify(canonicalQuery(a)) === JSON.stringify(canonicalQuery(b));

/** How an item came out. Never flattering: a question not read is "within one click" only
 * when the figure asked for, with what the question said of its cases, is among the choices offered. */
export function outcomeOf(item: EvalItem, result: ParseResult): Outcome {
  if ("refuse" in item) return { right: !result.ok, wrong: result.ok, click: !result.ok, lost: false };
  if (!result.ok) {
    // Not understood, but the figure asked for (or, for an ambiguous question, one of its
    // readings, as when unsure) is one of the choices offered instead: one click.
    const offeredIds = result.kind === "not_understood" ? result.suggestions : [];
    const click =
      "expect" in item
        ? offeredIds.some((s) => same({ filters: {}, show: "figure", ...result.scope, metric: s.id }, item.expect))
        : "ambiguous" in item && offeredIds.some((s) => item.ambiguous.includes(s.id));
    return { right: false, wrong: false, click, lost: true };
  }
  const sure = result.confidence === "sure";
  if ("ambiguous" in item) {
    const readings = offered(result).map((q) => q.metric);
    const right = !sure && item.ambiguous.every((id) => readings.includes(id));
    return { right, wrong: sure, click: !sure && item.ambiguous.some((id) => readings.includes(id)), lost: false };
  }
  const right = sure && same(result.query, item.expect);
  return { right, wrong: sure && !right, click: right || (!sure && offered(result).some((q) => same(q, item.expect))), lost: false };
}

/** Whether a reading is right first time for an item, and if not, what was wanted and what came back. */
export function judge(item: EvalItem, result: ParseResult): EvalMiss | undefined {
  const outcome = outcomeOf(item, result);
  if (outcome.right) return undefined;
  const got = result.ok
    ? `${JSON.stringify(result.query)} (${result.confidence}${result.alternatives ? `; or ${result.alternatives.map((a) => a.id).join(", ")}` : ""})`
    : `no answer (${result.kind})`;
  const wanted =
    "refuse" in item ? "a refusal" : "ambiguous" in item ? `unsure between ${item.ambiguous.join(", ")}` : JSON.stringify(canonicalQuery(item.expect));
  return { q: item.q, wanted, got, outcome };
}

/** The four figures of a set, as counts out of `total`. */
export interface EvalFigures {
  total: number;
  right: number;
  wrong: number;
  click: number;
  lost: number;
}

export interface EvalReport extends EvalFigures {
  misses: EvalMiss[];
  /** Metric ids reached by fewer than `minPhrasings` distinct questions. */
  thin: Array<{ id: string; phrasings: number }>;
}

export function runEvalSet(framework: Framework, items: readonly EvalItem[], parse: (q: string) => ParseResult, minPhrasings = 3): EvalReport {
  const figures = { total: items.length, right: 0, wrong: 0, click: 0, lost: 0 };
  const misses: EvalMiss[] = [];
  for (const item of items) {
    const result = parse(item.q);
    const outcome = outcomeOf(item, result);
    for (const k of ["right", "wrong", "click", "lost"] as const) if (outcome[k]) figures[k]++;
    const miss = judge(item, result);
    if (miss) misses.push(miss);
  }
  const counts = new Map<string, Set<string>>();
  for (const item of items) if ("expect" in item) counts.set(item.expect.metric, (counts.get(item.expect.metric) ?? new Set()).add(item.q.toLowerCase()));
  const thin = metricDefs(framework)
    .map((d) => ({ id: d.id, phrasings: counts.get(d.id)?.size ?? 0 }))
    .filter((m) => m.phrasings < minPhrasings);
  return { ...figures, misses, thin };
}

const pct = (n: number, total: number) => (total ? Math.round((n / total) * 1000) / 10 : 0);

/** "ask.jsonl: 97.5% right first time (117/120) · 0.8% confidently wrong (1) · 99.2% within one more click (119) · 0.8% not understood (1)". */
export function evalLine(name: string, f: EvalFigures): string {
  return [
    `${name}: ${pct(f.right, f.total)}% right first time (${f.right}/${f.total})`,
    `${pct(f.wrong, f.total)}% confidently wrong (${f.wrong})`,
    `${pct(f.click, f.total)}% right within one more click (${f.click})`,
    `${pct(f.lost, f.total)}% not understood (${f.lost})`,
  ].join(" · ");
}
