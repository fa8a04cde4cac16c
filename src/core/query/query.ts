import { z } from "zod";
import type { Framework } from "../framework/schema.ts";
import { filterQuestions, metricDefs } from "../scoring/metrics.ts";

/** What the answer shows: the figure, the cases behind it, or the cases that fell short. */
export const Show = z.enum(["figure", "cases", "shortfalls"]);
export type Show = z.infer<typeof Show>;

/** Which cases a figure is restricted to; the same shape as scoring's CaseFilter. */
export const QueryFilters = z.object({
  /** Answers to the framework's filter questions: `{ "profile.sentence": ["custody"] }`. */
  answers: z.record(z.string(), z.array(z.string()).min(1)).optional(),
  managers: z.array(z.string().min(1)).min(1).optional(),
  cases: z.array(z.string().min(1)).min(1).optional(),
});
export type QueryFilters = z.infer<typeof QueryFilters>;

/** A question about the figures, read into something scoring can answer. The shape any
 * framework shares; `querySchema` closes it to one framework's metric ids and filters. */
export const Query = z.object({
  metric: z.string().min(1),
  filters: QueryFilters.default({}),
  /** A filter question's id, or `case_manager`. */
  groupBy: z.string().min(1).optional(),
  show: Show.default("figure"),
});
export type Query = z.infer<typeof Query>;

export const CASE_MANAGER = "case_manager";

/** The query schema for one framework: the metric must be one of its metric ids, filters and
 * groups only its filter questions (and the case manager), with their option ids. Used to
 * validate anything that did not come from the rules, above all a language model's output. */
export function querySchema(framework: Framework) {
  const ids = metricDefs(framework).map((d) => d.id);
  const filters = filterQuestions(framework);
  const groupIds = [...filters.map((q) => q.id), CASE_MANAGER];
  return Query.extend({
    metric: z.enum(ids as [string, ...string[]], { error: (i) => `"${String(i.input)}" is not a metric of ${framework.id}` }),
    groupBy: z.enum(groupIds as [string, ...string[]]).optional(),
  }).superRefine((query, ctx) => {
    for (const [questionId, values] of Object.entries(query.filters.answers ?? {})) {
      const question = filters.find((q) => q.id === questionId);
      if (!question) {
        ctx.addIssue({
          code: "custom",
          path: ["filters", "answers", questionId],
          message: `${questionId} is not a filter; use ${filters.map((q) => q.id).join(" or ")}`,
        });
        continue;
      }
      const allowed = question.kind === "gate" ? ["yes", "no"] : question.options.map((o) => o.id);
      const bad = values.filter((v) => !allowed.includes(v));
      if (bad.length) ctx.addIssue({ code: "custom", path: ["filters", "answers", questionId], message: `${bad.join(", ")} is not a value of ${questionId}` });
    }
  });
}

/** A query in one canonical form (sorted lists, no empty parts), so two readings can be compared. */
export function canonicalQuery(query: Query): Query {
  const answers = Object.fromEntries(
    Object.entries(query.filters.answers ?? {})
      .filter(([, v]) => v.length)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, [...new Set(v)].sort()]),
  );
  const filters: QueryFilters = {};
  if (Object.keys(answers).length) filters.answers = answers;
  if (query.filters.managers?.length) filters.managers = [...new Set(query.filters.managers)].sort();
  if (query.filters.cases?.length) filters.cases = [...new Set(query.filters.cases.map((c) => c.toUpperCase()))].sort();
  return { metric: query.metric, filters, ...(query.groupBy ? { groupBy: query.groupBy } : {}), show: query.show };
}
