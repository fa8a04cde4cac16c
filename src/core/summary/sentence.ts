import type { Metric } from "../scoring/score.ts";

/** One figure as the inspectorate writes it, with the word a report would use:
 * "Sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority)." */
export function sentenceFor(metric: Metric, options: { quantifier?: boolean } = { quantifier: true }): string {
  const pending = metric.unanswered ? ` (${metric.unanswered} ${metric.unanswered === 1 ? "case" : "cases"} not yet answered)` : "";
  if (metric.denominator === 0) return `${metric.label}: no ${metric.population} yet${pending}.`;
  const extra = options.quantifier && metric.quantifier ? `, ${metric.quantifier}` : "";
  return `${metric.label} in ${metric.numerator} of the ${metric.denominator} ${metric.population} (${metric.percent}%${extra})${pending}.`;
}

/** A short form for lists of areas needing improvement: "a sufficient review of the risk of harm: 5 of 10 (50%)". */
export function shortFigure(metric: Metric): string {
  return `${metric.label}: ${metric.numerator} of ${metric.denominator} (${metric.percent}%)`;
}
