import type { Framework } from "../core/framework/schema.ts";
import { answerText, noAnswerText, readAsLine, type AnswerGroup } from "../core/query/answer-text.ts";
import { parseQuery, type ParseResult, type QueryScope, type Suggestion } from "../core/query/parse.ts";
import { answerRatingsQuestion } from "../core/query/ratings-question.ts";
import { querySchema, type Query } from "../core/query/query.ts";
import type { Ratings } from "../core/rating/rate.ts";
import { groupRows, selectRows } from "../core/scoring/filter.ts";
import { metricDef } from "../core/scoring/metrics.ts";
import { evaluate, scoreMetric, type Metric, type ScoredCase } from "../core/scoring/score.ts";
import type { ModelParser } from "../llm/parse-query.ts";

/** The answer to a question about the figures; `ask --format json` prints it (DESIGN.md):
 * `query`, `metric`, `groups` and `text` are the contract, the rest is added. */
export interface AskResult {
  query: Query | null;
  metric: Metric | null;
  groups: AnswerGroup[];
  text: string;
  /** Who read the question: the rules, or the model when the rules were unsure. */
  source: "rules" | "model";
  confidence?: "sure" | "unsure";
  /** What the question was read as, in one line (`text` begins with it). Additive to the contract. */
  readAs?: string;
  /** Other readings (when unsure) or figures that can be asked about (when none was read). */
  suggestions?: Suggestion[];
  /** When no figure was read: what the question did say of its cases, split and show, which a
   * suggestion clicked keeps. */
  scope?: QueryScope;
  refused?: boolean;
  /** For a question about ratings: the ratings the text was built from. */
  ratings?: Ratings;
}

export interface AskInput {
  framework: Framework;
  cases: readonly ScoredCase[];
  question: string;
  /** Tried when the rules are unsure or found nothing they know (never on a policy refusal). */
  model?: ModelParser;
}

/** Case refs and manager ids as stored, so "d7" or "CM-3" in a question finds D07 and cm-03. */
function storedIds(query: Query, cases: readonly ScoredCase[]): Query {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")
      .replace(/^([a-z]+)0*/, "$1");
  const match = (list: string[] | undefined, known: string[]) => list?.map((x) => known.find((k) => key(k) === key(x)) ?? x);
  const managers = match(query.filters.managers, [...new Set(cases.flatMap((c) => (c.manager ? [c.manager] : [])))]);
  const refs = match(
    query.filters.cases,
    cases.map((c) => c.ref),
  );
  return { ...query, filters: { ...query.filters, ...(managers ? { managers } : {}), ...(refs ? { cases: refs } : {}) } };
}

/** The readings the rules offered, as choices. */
const readingsOf = (r: ParseResult, framework: Framework): Suggestion[] =>
  r.ok ? [{ id: r.query.metric, label: metricDef(framework, r.query.metric)?.label ?? r.query.metric }, ...(r.alternatives ?? [])] : r.suggestions;

/** Reads a question (rules first; the model only if they are unsure or found nothing they know,
 * never for a policy refusal) and answers it. Every number is computed here by scoring, never
 * taken from the model. A model's reading is always shown as read and comes back `unsure`,
 * with the rules' readings as the other choices: nothing measures it on the blind sets. */
export async function askQuestion({ framework, cases, question, model }: AskInput): Promise<AskResult> {
  // Ratings ("what's our rating for planning?") are read first, from the framework's standards.
  const rated = answerRatingsQuestion(framework, cases, question);
  if (rated) return { query: null, metric: null, groups: [], source: "rules", confidence: "sure", ...rated };
  const known = { managers: cases.flatMap((c) => (c.manager ? [c.manager] : [])), cases: cases.map((c) => c.ref) };
  const rules = parseQuery(framework, question, known);
  let reading: ParseResult = rules;
  let source: AskResult["source"] = "rules";
  const worthAsking = rules.ok ? rules.confidence === "unsure" : rules.kind !== "refusal";
  if (model && worthAsking) {
    const fromModel = await model(framework, question, rules);
    if (fromModel.source === "model" && fromModel.result.ok) {
      const chosen = fromModel.result.query.metric;
      const others = readingsOf(rules, framework)
        .filter((s) => s.id !== chosen)
        .slice(0, 4);
      [reading, source] = [{ ...fromModel.result, confidence: "unsure", ...(others.length ? { alternatives: others } : {}) }, "model"];
    }
  }
  if (!reading.ok) {
    const refused = reading.kind === "refusal";
    return {
      query: null,
      metric: null,
      groups: [],
      text: noAnswerText(reading.reason, reading.suggestions),
      source,
      suggestions: reading.suggestions,
      ...(reading.scope ? { scope: reading.scope } : {}),
      ...(refused ? { refused } : {}),
    };
  }
  return answerReading(framework, cases, reading, source);
}

/** How many choices an answer offers: Slack's buttons and the shell's numbers alike. */
export const MAX_CHOICES = 5;

/** The choices an answer offers, each a reading one click answers: its other readings when
 * unsure (the same cases, split and show), or the figures it can answer when it read none (with
 * what the question did say). None for a refusal or a sure answer. */
export function choicesOf(result: AskResult): Array<{ suggestion: Suggestion; query: Query }> {
  if (result.refused || !result.suggestions?.length || result.confidence === "sure") return [];
  const base: QueryScope = result.query ?? result.scope ?? { filters: {}, show: "figure" };
  return result.suggestions.slice(0, MAX_CHOICES).map((suggestion) => ({ suggestion, query: suggestion.query ?? { ...base, metric: suggestion.id } }));
}

/** Answers a reading chosen by the person (a button, a numbered choice): the same figure and
 * words as if the rules had read it surely; the query is checked against the framework again. */
export function answerQuery(framework: Framework, cases: readonly ScoredCase[], query: Query): AskResult {
  return answerReading(framework, cases, { ok: true, query, confidence: "sure" }, "rules");
}

function answerReading(
  framework: Framework,
  cases: readonly ScoredCase[],
  reading: Extract<ParseResult, { ok: true }>,
  source: AskResult["source"],
): AskResult {
  const checked = querySchema(framework).safeParse(storedIds(reading.query, cases));
  const def = checked.success ? metricDef(framework, checked.data.metric) : undefined;
  if (!checked.success || !def) return { query: null, metric: null, groups: [], text: "I could not read that question.", source };
  const query = checked.data;
  const table = evaluate(framework, cases);
  const chosen = selectRows(table, query.filters);
  const metric = scoreMetric(framework, def, table, chosen);
  const groups = query.groupBy
    ? groupRows(table, query.groupBy, chosen).map((g) => ({ key: g.key, label: g.label, metric: scoreMetric(framework, def, table, g.rows) }))
    : [];
  const alternatives = reading.confidence === "unsure" ? (reading.alternatives ?? []) : [];
  const text = answerText(framework, { query, metric, groups, alternatives, by: source, unsure: reading.confidence === "unsure" });
  return {
    query,
    metric,
    groups,
    text,
    source,
    confidence: reading.confidence,
    readAs: readAsLine(framework, query, metric, source),
    ...(alternatives.length ? { suggestions: alternatives } : {}),
  };
}
