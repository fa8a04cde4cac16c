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

export interface EvalMiss {
  q: string;
  wanted: string;
  got: string;
}

/** Whether a reading is right for an item, and if not, what was wanted and what came back. */
export function judge(item: EvalItem, result: ParseResult): EvalMiss | undefined {
  const got = result.ok ? `${JSON.stringify(result.query)} (${result.confidence}${result.alternatives ? `; or ${result.alternatives.map((a) => a.id).join(", ")}` : ""})` : `no answer (${result.kind})`;
  if ("refuse" in item) return result.ok ? { q: item.q, wanted: "a refusal", got } : undefined;
  if ("ambiguous" in item) {
    const readings = result.ok ? [result.query.metric, ...(result.alternatives ?? []).map((a) => a.id)] : [];
    const right = result.ok && result.confidence === "unsure" && item.ambiguous.every((id) => readings.includes(id));
    return right ? undefined : { q: item.q, wanted: `unsure between ${item.ambiguous.join(", ")}`, got };
  }
  const wanted = canonicalQuery(item.expect);
  const right = result.ok && result.confidence === "sure" && JSON.stringify(canonicalQuery(result.query)) === JSON.stringify(wanted);
  return right ? undefined : { q: item.q, wanted: JSON.stringify(wanted), got };
}

export interface EvalReport {
  right: number;
  total: number;
  misses: EvalMiss[];
  /** Metric ids reached by fewer than `minPhrasings` distinct questions. */
  thin: Array<{ id: string; phrasings: number }>;
}

export function runEvalSet(framework: Framework, items: readonly EvalItem[], parse: (q: string) => ParseResult, minPhrasings = 3): EvalReport {
  const misses = items.flatMap((item) => judge(item, parse(item.q)) ?? []);
  const counts = new Map<string, Set<string>>();
  for (const item of items) if ("expect" in item) counts.set(item.expect.metric, (counts.get(item.expect.metric) ?? new Set()).add(item.q.toLowerCase()));
  const thin = metricDefs(framework)
    .map((d) => ({ id: d.id, phrasings: counts.get(d.id)?.size ?? 0 }))
    .filter((m) => m.phrasings < minPhrasings);
  return { right: items.length - misses.length, total: items.length, misses, thin };
}

/** "eval-ask: 97.5% right (117/120)". */
export function evalLine(report: EvalReport): string {
  const percent = report.total ? Math.round((report.right / report.total) * 1000) / 10 : 0;
  return `eval-ask: ${percent}% right (${report.right}/${report.total})`;
}
