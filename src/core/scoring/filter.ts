import { caseState } from "../interview/case-state.ts";
import type { Framework } from "../framework/schema.ts";
import type { ScoredCase } from "./score.ts";

/** Restricts a figure to some cases: by answers to the framework's filter questions
 * (sentence type, RoSH level), by case manager, or by case ref. */
export interface CaseFilter {
  answers?: Record<string, string[]>;
  managers?: string[];
  cases?: string[];
}

/** What to split a figure by: a filter question's id, or `case_manager`. */
export type GroupBy = string;

/** The counted values of some questions for one case. Working out applicability is the costly
 * part, so it is done once per case per call, however many questions are read (bench/scoring.ts). */
function valuesOf(framework: Framework, c: ScoredCase, questionIds: readonly string[]): string[][] {
  const { effective } = caseState(framework, c.answers);
  return questionIds.map((id) => {
    const a = effective[id];
    return a ? (Array.isArray(a.value) ? a.value : [a.value]) : [];
  });
}

export function filterCases(framework: Framework, cases: readonly ScoredCase[], filter: CaseFilter = {}): ScoredCase[] {
  const refs = filter.cases?.map((r) => r.toUpperCase());
  const wanted = Object.entries(filter.answers ?? {}).filter(([, values]) => values.length);
  const questions = wanted.map(([q]) => q);
  return cases.filter((c) => {
    if (refs?.length && !refs.includes(c.ref.toUpperCase())) return false;
    if (filter.managers?.length && (c.manager === undefined || !filter.managers.includes(c.manager))) return false;
    if (!wanted.length) return true;
    const values = valuesOf(framework, c, questions);
    return wanted.every(([, allowed], i) => values[i]!.some((v) => allowed.includes(v)));
  });
}

export interface Group {
  key: string;
  label: string;
  cases: ScoredCase[];
}

/** Splits cases into groups in a stable order (the framework's option order, then names). */
export function groupCases(framework: Framework, cases: readonly ScoredCase[], by: GroupBy): Group[] {
  if (by === "case_manager") {
    const keys = [...new Set(cases.map((c) => c.manager ?? "unassigned"))].sort();
    return keys.map((key) => ({ key, label: key, cases: cases.filter((c) => (c.manager ?? "unassigned") === key) }));
  }
  const question = framework.sections.flatMap((s) => s.questions).find((q) => q.id === by);
  if (!question) return [];
  const groups: Group[] = question.options.map((o) => ({ key: o.id, label: o.label, cases: [] }));
  const unanswered: ScoredCase[] = [];
  // One pass: each case lands in the group of every value it has, in the order given.
  for (const c of cases) {
    const [values] = valuesOf(framework, c, [by]) as [string[]];
    if (!values.length) unanswered.push(c);
    for (const g of groups) if (values.includes(g.key)) g.cases.push(c);
  }
  if (unanswered.length) groups.push({ key: "unanswered", label: "Not recorded", cases: unanswered });
  return groups.filter((g) => g.cases.length > 0);
}
