import { testAll } from "../framework/conditions.ts";
import { quantify } from "../framework/quantifiers.ts";
import type { Framework } from "../framework/schema.ts";
import { caseState, type CaseState } from "../interview/case-state.ts";
import type { Answers } from "../records.ts";
import { metricDefs, type MetricDef } from "./metrics.ts";

/** A case as scoring sees it: its ref, its case manager and everything stored for it. */
export interface ScoredCase {
  ref: string;
  manager?: string;
  answers: Answers;
}

/** One figure, shaped as the summary JSON contract (DESIGN.md). */
export interface Metric {
  id: string;
  section: string;
  label: string;
  population: string;
  numerator: number;
  denominator: number;
  percent: number | null;
  quantifier: string | null;
  unanswered: number;
  not_applicable: number;
  cases: { numerator: string[]; rest: string[] };
}

type Verdict = "numerator" | "rest" | "unanswered" | "not_applicable";

interface Evaluated {
  ref: string;
  state: CaseState;
}

function verdict(def: MetricDef, { state }: Evaluated): Verdict {
  if (def.type === "derived") {
    const skipped = (id: string) => state.states.get(id) === "not_applicable";
    const of = testAll(def.of, state.effective, skipped);
    if (of !== "applies") return of === "pending" ? "unanswered" : "not_applicable";
    // A judgement of "not applicable" on a question the figure looks at takes the case out of
    // the figure, as it does for the question's own figure.
    if (def.where.some((c) => state.effective[c.question]?.value === "na")) return "not_applicable";
    const where = testAll(def.where, state.effective, skipped);
    return where === "applies" ? "numerator" : where === "pending" ? "unanswered" : "rest";
  }
  const qs = state.states.get(def.question.id);
  if (qs === "not_applicable") return "not_applicable";
  if (qs !== "answered") return "unanswered";
  const value = state.effective[def.question.id]!.value;
  if (def.type === "option") return (Array.isArray(value) ? value : [value]).includes(def.option.id) ? "numerator" : "rest";
  return value === "yes" ? "numerator" : value === "no" ? "rest" : "not_applicable";
}

export function scoreMetric(framework: Framework, def: MetricDef, cases: readonly Evaluated[]): Metric {
  const numerator: string[] = [];
  const rest: string[] = [];
  let unanswered = 0;
  let notApplicable = 0;
  for (const c of cases) {
    const v = verdict(def, c);
    if (v === "numerator") numerator.push(c.ref);
    else if (v === "rest") rest.push(c.ref);
    else if (v === "unanswered") unanswered++;
    else notApplicable++;
  }
  const n = numerator.length;
  const d = n + rest.length;
  return {
    id: def.id,
    section: def.section,
    label: def.label.charAt(0).toUpperCase() + def.label.slice(1),
    population: def.population,
    numerator: n,
    denominator: d,
    percent: d ? Math.round((n / d) * 100) : null,
    quantifier: quantify(framework.quantifiers, n, d),
    unanswered,
    not_applicable: notApplicable,
    cases: { numerator, rest },
  };
}

/** Works out each case's applicability once, for scoring many metrics over the same cases. */
export function evaluate(framework: Framework, cases: readonly ScoredCase[]): Evaluated[] {
  return cases.map((c) => ({ ref: c.ref, state: caseState(framework, c.answers) }));
}

/** Every metric of the framework over the given cases (already filtered). */
export function scoreInspection(framework: Framework, cases: readonly ScoredCase[], only?: readonly string[]): Metric[] {
  const evaluated = evaluate(framework, cases);
  return metricDefs(framework)
    .filter((d) => !only || only.includes(d.id))
    .map((d) => scoreMetric(framework, d, evaluated));
}
