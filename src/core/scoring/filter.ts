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

const valueOf = (framework: Framework, c: ScoredCase, questionId: string): string[] => {
  const a = caseState(framework, c.answers).effective[questionId];
  return a ? (Array.isArray(a.value) ? a.value : [a.value]) : [];
};

export function filterCases(framework: Framework, cases: readonly ScoredCase[], filter: CaseFilter = {}): ScoredCase[] {
  const refs = filter.cases?.map((r) => r.toUpperCase());
  return cases.filter(
    (c) =>
      (!refs?.length || refs.includes(c.ref.toUpperCase())) &&
      (!filter.managers?.length || (c.manager !== undefined && filter.managers.includes(c.manager))) &&
      Object.entries(filter.answers ?? {}).every(([q, wanted]) => !wanted.length || valueOf(framework, c, q).some((v) => wanted.includes(v))),
  );
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
  const groups: Group[] = question.options.map((o) => ({
    key: o.id,
    label: o.label,
    cases: cases.filter((c) => valueOf(framework, c, by).includes(o.id)),
  }));
  const unanswered = cases.filter((c) => valueOf(framework, c, by).length === 0);
  if (unanswered.length) groups.push({ key: "unanswered", label: "Not recorded", cases: unanswered });
  return groups.filter((g) => g.cases.length > 0);
}
