import { questionsOf } from "../framework/define.ts";
import type { Framework, Question } from "../framework/schema.ts";
import { filterQuestions, metricDefs, type MetricDef } from "../scoring/metrics.ts";
import * as general from "./words/index.ts";
import { lexiconOf, stems, toStem, words, type Lexicon } from "./tokens.ts";

/** A phrase as the stems that must all appear (stop words dropped). */
export type Phrase = string[];

/** What points at one metric in a question. */
export interface MetricCues {
  id: string;
  label: string;
  section: string;
  def: MetricDef;
  /** Words for the figure itself ("risk reviews"); for an option metric, its question's words. */
  topic: Phrase[];
  /** For an option metric: words for the option ("ineffective", "no oversight"). */
  options: Phrase[];
  /** The option a good inspection hopes for (read when no option is named). */
  positive: boolean;
  /** An option of a filter question ("custody"), which names a figure on its own. */
  filter: boolean;
  /** Option phrases specific enough to name the figure without its topic ("victims not considered"). */
  distinct: Phrase[];
  /** Content words of the label, a weak hint. */
  labelWords: string[];
  /** For an option metric: every word of its question's options ("never written", "too late"). */
  optionWords?: ReadonlySet<string>;
  /** Whether its own name holds a filter's option ("custody planning"). */
  holdsFilterWord?: boolean;
  /** The gate this figure depends on (`rosh.review` → `rosh.review_expected`): the two share
   * words, and "needed"/"sufficient" decide between them. */
  gate?: string;
}

export interface FilterCues {
  question: Question;
  /** Words for the question itself, for "by sentence type". */
  names: Phrase[];
  options: Array<{ id: string; phrases: Phrase[] }>;
}

export interface Vocabulary {
  metrics: MetricCues[];
  sections: Map<string, Phrase[]>;
  filters: FilterCues[];
  /** Words a typo may be corrected to. */
  known: Set<string>;
  /** Stems that belong to the figures: a question with none of them is off-topic. */
  content: Set<string>;
  /** The general words and the framework's own ("RoSH", "PSR"), read before matching. */
  lexicon: Lexicon;
  /** The stems of every word the rules know. */
  knownStems: Set<string>;
  /** Adjacent stems of the figures' own words ("custody plan", "order panel"): a filter's option
   * followed by its partner is part of a figure's name, not a filter. */
  compounds: Set<string>;
}

const GENERIC = new Set([...general.SUFFICIENT, ...general.EXPECTED, "not", "no", "case", "cases"].map(toStem));

export const phrase = (text: string, lexicon?: Lexicon): Phrase => stems(text, lexicon).filter((s) => !general.STOP.has(s));
const phrasesIn =
  (lexicon: Lexicon) =>
  (texts: readonly string[]): Phrase[] =>
    texts.map((t) => phrase(t, lexicon)).filter((p) => p.length > 0);

/** The gate a question waits on: a `yes` condition on a gate question. */
function gateOf(framework: Framework, q: Question): string | undefined {
  const all = questionsOf(framework);
  return q.applies.map((c) => all.find((x) => x.id === c.question && x.kind === "gate" && c.in?.includes("yes"))).find(Boolean)?.id;
}

/** A reasons-for-falling-short question (`rr.planning_gaps`) is about its judgement too. */
function parentTerms(framework: Framework, q: Question): string[] {
  const all = questionsOf(framework);
  return q.applies.flatMap((c) => {
    const parent = all.find((x) => x.id === c.question);
    return parent?.kind === "judgement" && c.in?.includes("no") ? parent.terms : [];
  });
}

/** A figure that counts a judgement's "no" (`rosh.rmp_missing`: `rosh.rmp` is no) is what a
 * negated question about that judgement asks: "didn't have a clear RMP". */
function negatedTerms(framework: Framework, lexicon: Lexicon, def: Extract<MetricDef, { type: "derived" }>): Phrase[] {
  const all = questionsOf(framework);
  return def.where.flatMap((c) => {
    const q = all.find((x) => x.id === c.question);
    if (q?.kind !== "judgement" || c.in?.length !== 1 || c.in[0] !== "no") return [];
    return q.terms.flatMap((t) => ["not", "no", "without", "missing"].map((n) => [toStem(n), ...phrase(t, lexicon)]));
  });
}

function cuesFor(framework: Framework, lexicon: Lexicon, def: MetricDef): MetricCues {
  const phrases = phrasesIn(lexicon);
  const base = { id: def.id, label: def.label, section: def.section, def };
  const labelWords = [...new Set(phrase(def.label, lexicon))].filter((s) => !GENERIC.has(s));
  if (def.type === "derived")
    return {
      ...base,
      topic: [...phrases(def.terms), ...negatedTerms(framework, lexicon, def)],
      options: [],
      positive: false,
      filter: false,
      distinct: [],
      labelWords,
    };
  const q = def.question;
  const gate = gateOf(framework, q);
  if (def.type === "question")
    return { ...base, topic: phrases(q.terms), options: [], positive: false, filter: false, distinct: [], labelWords, ...(gate ? { gate } : {}) };
  const o = def.option;
  const options = phrases([...o.terms, o.label, o.id.replace(/_/g, " ")]);
  return {
    ...base,
    topic: phrases([...q.terms, ...parentTerms(framework, q)]),
    options,
    distinct: options.filter((p) => p.filter((s) => !GENERIC.has(s)).length >= 2),
    optionWords: new Set(phrases(q.options.flatMap((x) => [...x.terms, x.label, x.id.replace(/_/g, " ")])).flat()),
    positive: o.positive,
    filter: framework.filters.includes(q.id),
    labelWords,
    ...(gate ? { gate } : {}),
  };
}

const cache = new WeakMap<Framework, Vocabulary>();

/** Everything the rules know about a framework's figures, from the framework's own data. */
export function vocabularyOf(framework: Framework): Vocabulary {
  const hit = cache.get(framework);
  if (hit) return hit;
  const lexicon = lexiconOf(framework.vocabulary);
  const phrases = phrasesIn(lexicon);
  // The words that tell a filter's options apart ("custody", "low"), not those they share ("risk").
  const optionStems = new Set(
    filterQuestions(framework).flatMap((q) => {
      const per = q.options.map((o) => new Set(phrasesIn(lexicon)([...o.terms, o.label]).flat()));
      return per.flatMap((words) => [...words].filter((w) => per.filter((p) => p.has(w)).length === 1));
    }),
  );
  // ... and not a part of the framework's own name ("danger" is public protection).
  for (const section of framework.sections) for (const w of phrasesIn(lexicon)([...section.terms, section.id]).flat()) optionStems.delete(w);
  const metrics = metricDefs(framework)
    .map((d) => cuesFor(framework, lexicon, d))
    .map((m) => (!m.filter && m.topic.some((p) => p.length > 1 && p.some((s) => optionStems.has(s))) ? { ...m, holdsFilterWord: true } : m));
  const sections = new Map(framework.sections.map((s) => [s.id, phrases([...s.terms, s.id, s.title])]));
  const filters = filterQuestions(framework).map((q) => ({
    question: q,
    names: phrases(q.terms),
    options: q.options.map((o) => ({ id: o.id, phrases: phrases([...o.terms, o.label, o.id.replace(/_/g, " ")]) })),
  }));
  const texts = [
    ...framework.sections.flatMap((s) => [
      s.id,
      s.short,
      s.title,
      ...s.terms,
      ...s.questions.flatMap((q) => [q.text, q.phrase, q.population ?? "", ...q.terms, ...q.options.flatMap((o) => [o.label, o.phrase ?? "", ...o.terms])]),
    ]),
    ...framework.derived.flatMap((d) => [d.phrase, ...d.terms]),
    ...general.COMMON_WORDS,
    ...general.SUFFICIENT,
    ...general.EXPECTED,
    ...general.NEGATIVE,
    ...general.MANAGER_WORDS,
    ...general.COMPARE,
    ...lexicon.words,
    ...general.STOP,
    ...general.SHOW_CASES.flat(),
    ...general.SHOW_SHORTFALLS.flat(),
    ...general.GROUP_LEADS.flat(),
  ];
  const known = new Set(texts.flatMap((t) => words(t).map((w) => w.word)));
  const content = new Set<string>();
  for (const m of metrics) for (const p of [...m.topic, ...m.options, m.labelWords]) p.forEach((s) => !GENERIC.has(s) && content.add(s));
  for (const p of [...sections.values()].flat()) p.forEach((s) => content.add(s));
  // Every stem a known word can become, after synonyms and rewrites: a question's word outside
  // it is one the rules do not know, and whatever it says, they did not read.
  const knownStems = new Set([...known].flatMap((w) => [toStem(w), ...stems(w, lexicon)]));
  for (const [, to] of lexicon.rewrites) to.forEach((s) => knownStems.add(s));
  const compounds = new Set(metrics.flatMap((m) => m.topic.flatMap((p) => p.slice(1).map((s, i) => `${p[i]} ${s}`))));
  const vocabulary = { metrics, sections, filters, known, content, lexicon, knownStems, compounds };
  cache.set(framework, vocabulary);
  return vocabulary;
}
