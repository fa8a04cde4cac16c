import type { Framework } from "../framework/schema.ts";
import type { MetricDef } from "../scoring/metrics.ts";
import { scoreCandidates, type Candidate } from "./match.ts";
import { canonicalQuery, type Query } from "./query.ts";
import { REFUSAL_REASONS, refusalOf } from "./refusals.ts";
import type { Mention } from "./mentions.ts";
import { readScope, type KnownPeople, type Scope } from "./scope.ts";
import { NEGATIVE } from "./words/index.ts";
import { toStem, tokenize, type Token } from "./tokens.ts";
import { vocabularyOf, type Vocabulary } from "./vocabulary.ts";

export interface Suggestion {
  id: string;
  label: string;
  /** The whole reading, when it differs from the best one's by more than its figure: a
   * filter's option that was the best figure is a filter for the others. */
  query?: Query;
}

export type ParseResult =
  | { ok: true; query: Query; confidence: "sure" | "unsure"; alternatives?: Suggestion[] }
  /** `refusal`: a policy refusal (instructions, notes, names), never shown to a model.
   * `off_topic`: no word the rules know (another language, chat); `not_understood`: on topic,
   * but no figure could be placed. */
  | { ok: false; kind: "refusal" | "off_topic" | "not_understood"; reason: string; suggestions: Suggestion[]; scope?: QueryScope };

/** Everything of a reading but its figure: what a not-understood question did say ("per CM",
 * "in custody"), so a choice clicked from its suggestions keeps it. */
export type QueryScope = Omit<Query, "metric">;

/** "Which PSRs were below standard?", "rr plan not updated - which ones": a "which" that opens a
 * clause of its own, or closes the question, lists cases; so does "give me the custody cases". */
const LISTING =
  /(^|[,;:.!?(-]\s*)which\s+\w|[-–,:?.]\s*(which(\s+(ones|cases))?|cases( where not)?|who( did\s*n[o']?t)?)\s*\??\s*$|^\s*cases\s+(where|with|that|in which)\b|[-–:]\s*cases\s+(with|without|w\/o|lacking)\b[^?.]{0,30}[?.]?\s*$|^\s*(give|show|get|send) me (all )?(of )?the (?![^?]*\b(number|figures?|count|total|percentage|proportion|share|rate)\b)[^?]*\bcases\s*[?.!]*\s*$/i;

/** "Cases where parents weren't involved - how many?" counts them. */
const COUNTING = /\bhow (many|often)\b|\bnumber of\b/i;

/** How far ahead the best reading must be to be taken without asking. */
const MARGIN = 2;
const NEGATIVE_STEMS = new Set(NEGATIVE.map(toStem));

const suggestion = (c: { id: string; label: string }): Suggestion => ({ id: c.id, label: c.label.charAt(0).toUpperCase() + c.label.slice(1) });

/** A figure from each part of the framework, for when nothing in the question helps. */
function examples(framework: Framework, vocabulary: Vocabulary, section?: string): Suggestion[] {
  const judgements = vocabulary.metrics.filter((m) => m.def.type === "question" && m.def.question.kind === "judgement" && !m.gate);
  const shown = framework.sections.filter((s) => s.inSummary).map((s) => s.id);
  const picked = section
    ? judgements.filter((m) => m.section === section).slice(0, 5)
    : shown.map((id) => judgements.find((m) => m.section === id)).filter((m) => !!m);
  return picked.map(suggestion);
}

/** Reads a question about the figures into a Query by rules alone. It never guesses silently:
 * a close call comes back `unsure` with the other readings, and a question it cannot place
 * comes back with the figures it can answer. Never throws. */
export function parseQuery(framework: Framework, text: string, known: KnownPeople = {}): ParseResult {
  try {
    return parse(framework, text, known);
  } catch {
    return { ok: false, kind: "not_understood", reason: "I could not read that question.", suggestions: examples(framework, vocabularyOf(framework)) };
  }
}

function parse(framework: Framework, text: string, known: KnownPeople): ParseResult {
  const vocabulary = vocabularyOf(framework);
  const refusal = refusalOf(text);
  if (refusal) return { ok: false, kind: "refusal", reason: REFUSAL_REASONS[refusal], suggestions: examples(framework, vocabulary) };
  const tokens = tokenize(text, vocabulary.known, vocabulary.lexicon);
  const scope = readScope(tokens, vocabulary, known);
  if (scope.show === "figure" && !scope.groupBy && LISTING.test(text) && !COUNTING.test(text)) [scope.show, scope.listed] = ["cases", true];
  const candidates = pinned(scoreCandidates(tokens, vocabulary), scope);
  const [top, second] = candidates;
  if (top && top.score >= 3) {
    // Each reading is built on its own copy: building marks the words it explains.
    const fresh = () => tokens.map((t) => ({ ...t }));
    const query = build(top.cues.id, scope, fresh(), vocabulary, top);
    // A reading whose words are all among the best one's is explained by it ("rosh procedures
    // understood": the procedures, not the assessment whose words are part of it).
    // The best must have a word of its own the other lacks: "how well did the managers oversee
    // the work" names no part of the framework (oversight is in two), so it stays unsure.
    const explained =
      !!second && [...second.used].every((i) => top.used.has(i)) && top.used.size > second.used.size && [...top.own].some((i) => !second.used.has(i));
    const ahead = !second || top.score - second.score >= MARGIN || explained;
    const sure = ahead && !contradicted(tokens, vocabulary) && !top.onlyViaFilter;
    // Unsure is one click away from right only if the right reading is offered: the next best four.
    const alternatives = sure ? [] : candidates.slice(1, 5);
    return {
      ok: true,
      query,
      confidence: sure ? "sure" : "unsure",
      ...(alternatives.length
        ? { alternatives: alternatives.map((c) => ({ ...suggestion(c.cues), query: build(c.cues.id, scope, fresh(), vocabulary, c) })) }
        : {}),
    };
  }
  // "How many custody cases were there?": the only thing named is a filter's option, so that
  // option's own figure is the answer.
  // (Named twice, "a moderate danger, in the middle of the scale", is named once.)
  const named = [...Object.entries(scope.answers).map(([question, options]) => ({ question, options })), ...scope.weak].filter(
    (m, i, all) => all.findIndex((x) => x.question === m.question && x.options.join() === m.options.join()) === i,
  );
  // ... unless a part of the framework is named besides: "public protection in custody cases"
  // asks about public protection, not how many were in custody.
  const section = sectionNamed(vocabulary, tokens);
  // Of two, the one the cases were "rated" or "seen as" is asked, the other filters: "of those
  // supervised at home, how many were seen as a high danger?".
  const asked = named.length === 1 ? named[0] : named.length === 2 ? named.find((m) => m.question === scope.rated) : undefined;
  // The filter question's own words ("high risk of serious harm to others") are not another part.
  const ownWords = new Set(vocabulary.filters.find((f) => f.question.id === asked?.question)?.names.flat());
  const alsoNamed = sectionNamed(
    vocabulary,
    tokens.filter((t) => !t.used && !ownWords.has(t.stem)),
  );
  if (asked && asked.options.length === 1 && !alsoNamed) {
    const { question, options } = asked;
    delete scope.answers[question];
    scope.weak = scope.weak.filter((m) => m.question !== question);
    return { ok: true, query: build(`${question}=${options[0]}`, scope, tokens, vocabulary), confidence: "sure" };
  }
  // "How many medium risk cases were custodial?": two options, neither said to be the rating.
  // Either may be asked, filtered by the other (the count is the same; what it is out of is not).
  const [one, other] = named;
  if (named.length === 2 && !asked && !alsoNamed && one!.question !== other!.question && one!.options.length === 1 && other!.options.length === 1) {
    const reading = (m: { question: string; options: string[] }, by: { question: string; options: string[] }) => {
      const s = { ...scope, answers: { ...scope.answers, [by.question]: by.options } };
      delete s.answers[m.question];
      s.weak = scope.weak.filter((w) => w.question !== m.question && w.question !== by.question);
      return build(
        `${m.question}=${m.options[0]}`,
        s,
        tokens.map((t) => ({ ...t })),
        vocabulary,
      );
    };
    const alternative = reading(one!, other!);
    return {
      ok: true,
      query: reading(other!, one!),
      confidence: "unsure",
      alternatives: [{ ...suggestion(vocabulary.metrics.find((m) => m.id === alternative.metric)!), query: alternative }],
    };
  }
  const onTopic =
    tokens.some((t) => !t.stop && vocabulary.content.has(t.stem)) || named.length > 0 || !!scope.groupBy || scope.managers.length + scope.cases.length > 0;
  if (!onTopic) return { ok: false, kind: "off_topic", reason: REFUSAL_REASONS.off_topic, suggestions: examples(framework, vocabulary) };
  const { metric: _none, ...said } = build("", scope, tokens, vocabulary);
  return {
    ok: false,
    kind: "not_understood",
    reason: "I could not tell which figure you mean.",
    suggestions: candidates.length
      ? candidates.slice(0, 5).map((c) => suggestion(c.cues))
      : (related(vocabulary, tokens, section) ?? examples(framework, vocabulary, section)),
    scope: said,
  };
}

/** The figures whose own words the question shares, most shared first ("how good were the
 * reports?": the four figures about reports), when too few of them were named to read it. */
function related(vocabulary: Vocabulary, tokens: readonly Token[], section?: string): Suggestion[] | undefined {
  const open = new Set(tokens.filter((t) => !t.used && !t.stop && !t.ref && vocabulary.content.has(t.stem)).map((t) => t.stem));
  // A part of the framework named ("staff": the interview) counts as one more word shared.
  const shared = vocabulary.metrics
    .map((m) => ({ m, n: new Set([...m.topic, ...m.options].flat().filter((s) => open.has(s))).size }))
    .filter((x) => x.n > 0)
    .map((x) => ({ ...x, n: x.n + (x.m.section === section ? 1 : 0) }))
    .sort((a, b) => b.n - a.n);
  return shared.length ? shared.slice(0, 5).map((x) => suggestion(x.m)) : undefined;
}

/** "rosh level high - by CM": a filter question's own name, with one of its options said, reads
 * as that option's figure, not as any of its options. */
function pinned(candidates: Candidate[], scope: Scope): Candidate[] {
  const [top] = candidates;
  if (top?.cues.def.type !== "option" || !top.cues.filter) return candidates;
  const question = top.cues.def.question.id;
  const said = scope.answers[question];
  const chosen = said?.length === 1 ? candidates.find((c) => c.cues.id === `${question}=${said[0]}`) : undefined;
  if (!chosen || chosen.score < top.score) return candidates;
  return [chosen, ...candidates.filter((c) => c.cues.def.type !== "option" || c.cues.def.question.id !== question)];
}

/** The part of the framework whose words the question holds, if any. */
function sectionNamed(vocabulary: Vocabulary, tokens: readonly Token[]): string | undefined {
  return [...vocabulary.sections].find(([, ps]) => ps.some((p) => p.every((s) => tokens.some((t) => t.stem === s))))?.[0];
}

/** The cases a figure already counts only among ("medium or higher risk" for the RMP). */
function populationOf(def: MetricDef | undefined) {
  return !def ? [] : def.type === "derived" ? def.of : def.question.applies;
}

/** How many words the rules do not know at all a question may hold and still be read surely:
 * a name or two ("the Dorset figures for the board"); three or more say something not read. */
const UNKNOWN_WORDS = 3;

/** Sure needs no more than two words the rules do not know. (Requiring the figure's own words,
 * not its label's, as well cost more right readings than it saved on blind sets 1, 3 and 4.) */
function contradicted(tokens: readonly Token[], vocabulary: Vocabulary): boolean {
  return tokens.filter((t) => !t.stop && !t.ref && !vocabulary.knownStems.has(t.stem)).length >= UNKNOWN_WORDS;
}

/** Whether a filter's option named without "cases" ("custody", "referral order") is a word of
 * the figure's own name rather than a filter: "custody planning", "referral order panel report",
 * "pay back the victim or the community" (words the framework puts together). "Why those who went
 * to custody offended" is filtered: a part of the framework named next joins it only where the
 * framework itself puts the two words together. */
function partOfFigure(m: Mention, tokens: readonly Token[], vocabulary: Vocabulary, winner: Candidate): boolean {
  const together = (a: number, b: number) => vocabulary.compounds.has(`${tokens[a]?.stem} ${tokens[b]?.stem}`);
  if (m.tokens.some((i) => winner.used.has(i))) return true;
  // "the panel that deals with young people on referral orders": the figure's own name (or its
  // gate's, "referral order panel report") holds the option's words, so they describe the figure.
  const gate = vocabulary.metrics.find((x) => x.id === winner.cues.gate);
  const said = m.tokens.filter((i) => !tokens[i]!.stop).map((i) => tokens[i]!.stem);
  const named = [...winner.cues.topic, ...(gate?.topic ?? [])].some((p) => p.length > said.length && said.every((s) => p.includes(s)));
  if (named && winner.used.size > 0) return true;
  const next = Math.max(...m.tokens) + 1;
  const sectionWord = [...vocabulary.sections.values()].some((ps) => ps.some((p) => p.length === 1 && p[0] === tokens[next]?.stem));
  if (winner.used.has(next) && (!sectionWord || m.tokens.some((i) => together(i, next)))) return true;
  const prev = Math.min(...m.tokens) - 1;
  return [prev, prev - 1, prev - 2].some((k) => winner.used.has(k) && m.tokens.some((i) => together(k, i)));
}

/** "Medium or higher risk cases without an RMP", "custody cases' custody planning": naming the
 * options the figure is already counted among restates its population; it is not a filter (the
 * figure is the same). Naming fewer ("high or very high risk cases") narrows it, and stays. The
 * report itself says "medium or high risk" for medium, high and very high, so two or more options
 * from the population's lowest up are read as the population too. */
function restated(answers: Record<string, string[]>, winner: Candidate | undefined) {
  for (const c of populationOf(winner?.cues.def)) {
    const named = answers[c.question];
    if (named && c.in && named.every((v) => c.in!.includes(v)) && (named.length === c.in.length || (named.length >= 2 && named.includes(c.in[0]!))))
      delete answers[c.question];
  }
}

/** What to show. "Which cases had insufficient risk reviews": a "not" nothing else explained
 * turns the list of cases into the list of shortfalls. A figure that is itself the shortfall ("no
 * plan at all", "no oversight") lists its cases, and its "shortfalls" are its count ("planning
 * shortfalls where the plan was not done") unless the cases were asked for. */
function showOf(scope: Scope, tokens: readonly Token[], winner: Candidate | undefined): Query["show"] {
  const shortfallItself = winner?.cues.def.type === "option" && !winner.cues.positive && !winner.cues.filter;
  const negated = !shortfallItself && tokens.some((t, i) => !t.used && !winner?.used.has(i) && NEGATIVE_STEMS.has(t.stem));
  if (scope.show === "cases" && negated) return "shortfalls";
  if (scope.show === "shortfalls" && shortfallItself) return scope.listed ? "cases" : "figure";
  return scope.show;
}

function build(metric: string, scope: Scope, tokens: readonly Token[], vocabulary: Vocabulary, winner?: Candidate): Query {
  const answers = { ...scope.answers };
  // "medium cases that were medium": a filter on the figure's own question is the figure.
  const own = /^([^=]+)=/.exec(metric)?.[1];
  if (own) delete answers[own];
  for (const m of scope.weak) {
    if (m.question === own || (winner && partOfFigure(m, tokens, vocabulary, winner))) continue;
    answers[m.question] = [...new Set([...(answers[m.question] ?? []), ...m.options])];
    m.tokens.forEach((i) => (tokens[i]!.used = true));
  }
  restated(answers, winner);
  const show = showOf(scope, tokens, winner);
  return canonicalQuery({
    metric,
    filters: { answers, ...(scope.managers.length ? { managers: scope.managers } : {}), ...(scope.cases.length ? { cases: scope.cases } : {}) },
    ...(scope.groupBy ? { groupBy: scope.groupBy } : {}),
    show,
  });
}
