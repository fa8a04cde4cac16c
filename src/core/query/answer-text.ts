import type { Framework } from "../framework/schema.ts";
import { filterQuestions } from "../scoring/metrics.ts";
import type { Metric } from "../scoring/score.ts";
import type { Suggestion } from "./parse.ts";
import { CASE_MANAGER, type Query } from "./query.ts";

/** One part of a split figure ("cm-03", "Custody"). */
export interface AnswerGroup {
  key: string;
  label: string;
  metric: Metric;
}

const MAX_REFS = 30;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Lower-cases a label's first letter to continue a sentence, but leaves "PSR" and "RoSH" alone. */
const lower = (s: string) => (/^[A-Z][A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** "a, b and c". */
export function joinWords(items: readonly string[], last = "and"): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

function refs(list: readonly string[]): string {
  const shown = list.slice(0, MAX_REFS);
  return shown.join(", ") + (list.length > MAX_REFS ? ` and ${list.length - MAX_REFS} more` : "");
}

/** "(50%, half)". */
const figure = (m: Metric) => `(${m.percent}%${m.quantifier ? `, ${m.quantifier}` : ""})`;
const pending = (m: Metric) => (m.unanswered ? ` ${plural(m.unanswered, "case is", "cases are")} not yet answered.` : "");

/** The figure as a sentence, label first so it reads for every kind of metric:
 * "A sufficient review of the risk of harm in 5 of the 10 cases where a review was expected (50%, half)." */
export function figureSentence(m: Metric, show: Query["show"] = "figure"): string {
  if (m.denominator === 0) return `There are no ${m.population} yet, so no figure for ${lower(m.label)}.${pending(m)}`;
  let text = `${m.label} in ${m.numerator} of the ${m.denominator} ${m.population} ${figure(m)}.`;
  if (show === "cases") text += m.numerator ? ` The ${plural(m.numerator, "case", "cases")}: ${refs(m.cases.numerator)}.` : " No case is in it.";
  if (show === "shortfalls")
    text += m.cases.rest.length ? ` Not in ${plural(m.cases.rest.length, "case", "cases")}: ${refs(m.cases.rest)}.` : " No case fell short.";
  return text + pending(m);
}

/** "sentenced to custody", "assessed as medium or high risk of serious harm". */
function describeAnswers(framework: Framework, questionId: string, values: readonly string[]): string {
  const q = filterQuestions(framework).find((x) => x.id === questionId);
  if (!q) return `${questionId} ${values.join(" or ")}`;
  const phrases = values.map((v) => q.options.find((o) => o.id === v)?.phrase ?? v);
  // "medium risk of serious harm or high risk of serious harm" reads better with the shared end once.
  const words = phrases.map((p) => p.split(" "));
  let shared = 0;
  while (words.length > 1 && words.every((w) => w.length > shared + 1 && w.at(-1 - shared) === words[0]!.at(-1 - shared))) shared++;
  const heads = words.map((w) => w.slice(0, w.length - shared).join(" "));
  const tail = shared ? ` ${words[0]!.slice(-shared).join(" ")}` : "";
  return `${q.phrase} ${joinWords(heads, "or")}${tail}`;
}

/** "Cases sentenced to custody, managed by cm-03: " or "". */
export function scopeText(framework: Framework, filters: Query["filters"]): string {
  const parts = Object.entries(filters.answers ?? {}).map(([q, v]) => describeAnswers(framework, q, v));
  if (filters.managers?.length) parts.push(`managed by ${joinWords(filters.managers, "or")}`);
  if (filters.cases?.length) parts.unshift(joinWords(filters.cases));
  return parts.length ? `Cases ${parts.join(", ")}: ` : "";
}

function groupName(framework: Framework, by: string): string {
  if (by === CASE_MANAGER) return "case manager";
  return filterQuestions(framework).find((q) => q.id === by)?.terms[0] ?? by;
}

function groupLine(g: AnswerGroup): string {
  const m = g.metric;
  const base = m.denominator ? `${m.numerator} of ${m.denominator} ${figure(m)}` : `no ${m.population}`;
  return `- ${g.label}: ${base}${m.unanswered ? `, ${m.unanswered} not yet answered` : ""}`;
}

const SHOWN: Record<Query["show"], string> = { figure: "", cases: ", listing the cases", shortfalls: ", listing the cases that fell short" };

/** What a question was read as, in one line, so a wrong reading can be seen before its number is
 * believed: "Read as: a sufficient review of the risk of harm, of the cases where a review was
 * expected; cases sentenced to custody; by case manager". From the framework's own words. */
export function readAsLine(framework: Framework, query: Query, metric: Pick<Metric, "label" | "population">, by: "rules" | "model" = "rules"): string {
  const scope = scopeText(framework, query.filters).replace(/: $/, "");
  const parts = [`${lower(metric.label)}, of the ${metric.population}${SHOWN[query.show]}`];
  if (scope) parts.push(lower(scope));
  if (query.groupBy) parts.push(`by ${groupName(framework, query.groupBy)}`);
  return `Read as${by === "model" ? " (with the language model's help)" : ""}: ${parts.join("; ")}.`;
}

export interface AnswerTextInput {
  query: Query;
  metric: Metric;
  groups?: readonly AnswerGroup[];
  /** When the reading was a close call: say so, and name the other readings. */
  alternatives?: readonly Suggestion[];
  /** Who read the question: a model's reading is said to be one. */
  by?: "rules" | "model";
  /** Not sure of the reading, even with no other to offer. */
  unsure?: boolean;
}

/** The answer to a question about the figures, in words, under the line that says what the
 * question was read as. Every number comes from `metric` and `groups`, which scoring computed;
 * this only arranges them. */
export function answerText(
  framework: Framework,
  { query, metric, groups = [], alternatives = [], by = "rules", unsure = alternatives.length > 0 }: AnswerTextInput,
): string {
  const lines = [readAsLine(framework, query, metric, by)];
  if (unsure) lines[0] += " I am not sure this is the figure you mean.";
  const scope = scopeText(framework, query.filters);
  const sentence = figureSentence(metric, query.show);
  lines.push(scope ? `${scope}${lower(sentence)}` : sentence);
  if (query.groupBy) {
    lines.push(groups.length ? `By ${groupName(framework, query.groupBy)}:` : `There are no cases to split by ${groupName(framework, query.groupBy)}.`);
    for (const g of groups) lines.push(groupLine(g));
  }
  if (alternatives.length)
    lines.push(
      `If you meant something else, ask about ${joinWords(
        alternatives.map((a) => `“${lower(a.label)}”`),
        "or",
      )}.`,
    );
  return lines.join("\n");
}

/** What to say when no figure was read: why, and what can be asked. */
export function noAnswerText(reason: string, suggestions: readonly Suggestion[]): string {
  if (!suggestions.length) return reason;
  return `${reason} I can answer questions about figures such as ${joinWords(
    suggestions.slice(0, 5).map((s) => `“${lower(s.label)}”`),
    "or",
  )}.`;
}
