import * as general from "./words/index.ts";
import { toStem, type Token } from "./tokens.ts";
import type { MetricCues, Phrase, Vocabulary } from "./vocabulary.ts";

/** A metric the question may be about, with how strongly it points there. */
export interface Candidate {
  cues: MetricCues;
  score: number;
  /** The token indexes that point at it. */
  used: Set<number>;
  /** Of those, the ones of its own words (terms or an option), not its section's or label's. */
  own: Set<number>;
  /** Whether its own words (terms or an option) were named, rather than only its label's. */
  named: boolean;
  /** Whether another section was named and not explained by it. */
  otherSection: boolean;
  /** Whether one of its options was named ("effective oversight"): a word about how it went. */
  optionNamed: boolean;
  /** Whether it took its name from words read as a filter, with nothing more ("custody cases ...
   * safeguarding planning" may be custody planning, or planning filtered to custody). */
  onlyViaFilter: boolean;
}

/** Words about how well something was done ("fell short" too): the judgement, not its gate. */
const SUFFICIENT = new Set([...general.SUFFICIENT, "quality", "short"].map(toStem));
const EXPECTED = new Set(general.EXPECTED.map(toStem));
const ASKED = new Set(["need", "needs", "needed", "require", "requires", "required", "want"].map(toStem));
const SHORTFALL = new Set(["short", "fail", "failed", "shortfall"].map(toStem));
const VERBS = new Set(["were", "was", "is", "are", "did", "had", "have", "has", "been", "got"]);
const COUNTED = new Set(["many", "much", "percent", "percentage", "proportion", "share", "number"]);

/** Where a phrase's stems all occur close together (any order: "review of risk" and "risk
 * review" are the same thing), among the words nothing else has explained. */
function find(tokens: readonly Token[], open: readonly number[], p: Phrase): number[] | undefined {
  const width = p.length + 5;
  for (let k = 0; k < open.length; k++) {
    if (!p.includes(tokens[open[k]!]!.stem)) continue;
    const pool = open.slice(k, k + width);
    const idx: number[] = [];
    for (const s of p) {
      const at = pool.findIndex((i) => tokens[i]!.stem === s);
      if (at < 0) break;
      idx.push(pool.splice(at, 1)[0]!);
    }
    if (idx.length === p.length) return idx;
  }
  return undefined;
}

function findAll(tokens: readonly Token[], open: readonly number[], ps: readonly Phrase[]): Set<number> {
  const hit = new Set<number>();
  for (const p of ps) find(tokens, open, p)?.forEach((i) => hit.add(i));
  return hit;
}

/** Signals that decide between a gate and the judgement it opens. */
function signals(tokens: readonly Token[], open: readonly number[], content: ReadonlySet<string>) {
  // "I need the cases where ...": the asker's need, not the figure's. ("We ought to have looked
  // again" is the team's: only a need or a requirement of "I" or "we" is the asker's.)
  const askers = (i: number) => ["i", "we"].includes(tokens[i - 1]?.stem ?? "") && ASKED.has(tokens[i]!.stem);
  const expectations = open.filter((i) => EXPECTED.has(tokens[i]!.stem) && !askers(i));
  // "when enforcement was needed": the need describes the cases, it is not what is asked.
  const clauseStart = (i: number) => {
    for (let k = i - 1; k >= Math.max(0, i - 14); k--) if (general.CLAUSE.includes(tokens[k]!.stem)) return k;
    // "enforcement expected but not returned to court": what follows "but" is asked.
    // ("Should have had their plan updated but didn't": the "but" may come after the figure's words.)
    if (tokens.slice(i + 1, i + 9).some((t) => t.stem === "but")) return i;
    // "the review they needed": the need describes the review.
    // ("Were they needed?" asks it: the verb before the pronoun makes it a question.)
    if (["they", "it", "he", "she"].includes(tokens[i - 1]?.stem ?? "") && !VERBS.has(tokens[i - 2]?.stem ?? "")) return i - 1;
    // "breaches that needed action": a relative clause describes; decideGates still asks for the
    // need when the clause holds every word of the figure ("cases that needed a review").
    if (["that", "which", "who"].includes(tokens[i - 1]?.stem ?? "")) return i - 1;
    // "Of the ones needing enforcement": a participle after "of the ones".
    // ("How many of cm-07's cases warranted a review" asks it: "how many of" leads the subject.)
    if (["ones", "cases", "case", "those", "people", "children"].includes(tokens[i - 1]?.stem ?? ""))
      for (let k = i - 2; k >= Math.max(0, i - 4); k--)
        if (["of", "among", "amongst"].includes(tokens[k]!.stem) && !COUNTED.has(tokens[k - 1]?.stem ?? "")) return k;
    // "Of the ones that needed enforcing, ...": a relative clause after "of the" or "among".
    if (["that", "which", "who"].includes(tokens[i - 1]?.stem ?? ""))
      for (let k = i - 2; k >= Math.max(0, i - 8); k--) if (["of", "among", "amongst", "in"].includes(tokens[k]!.stem)) return k;
    return -1;
  };
  // A relative clause runs on to its verb: "cases that needed a RoSH review | were there".
  const clauseEnd = (i: number) => {
    // ("Number of cases where things changed enough to warrant a review of offending": a clause
    // on the cases runs on to its verb too.)
    const start = clauseStart(i);
    // (Only when the cases are what is counted: "how many cases where", "number of cases where".)
    const onCases =
      start > 1 &&
      general.CLAUSE.includes(tokens[start]!.stem) &&
      ["case", "cases"].includes(tokens[start - 1]!.stem) &&
      // ("Which CMs had the most cases where oversight was needed": the cases counted, per CM.)
      ["many", "number", ...general.EXTREMES].includes(tokens[start - 2]!.stem === "of" ? (tokens[start - 3]?.stem ?? "") : tokens[start - 2]!.stem);
    if (!["that", "which", "who"].includes(tokens[i - 1]?.stem ?? "") && !onCases) return i;
    let end = i;
    while (end + 1 < tokens.length && end < i + 5 && !VERBS.has(tokens[end + 1]!.stem)) end++;
    return end;
  };
  const spans = expectations.flatMap((i) => (clauseStart(i) >= 0 ? [[clauseStart(i), clauseEnd(i)] as const] : []));
  return {
    // ("which ones fell short", read as the list to show, still asks how good.)
    sufficient: open.some((i) => SUFFICIENT.has(tokens[i]!.stem)) || tokens.some((t) => t.used && SHORTFALL.has(t.stem)),
    expected: expectations.some((i) => clauseStart(i) < 0),
    clause: new Set(expectations.filter((i) => clauseStart(i) >= 0)),
    /** Whether a word sits inside such a clause. */
    inClause: (i: number) => spans.some(([a, b]) => i >= a && i <= b),
    /** Whether words of the figures stand outside every such clause. */
    // ("The most cases where ...": which group stands out, not a word of a figure.)
    contentOutside:
      spans.length > 0 &&
      open.some((i) => !spans.some(([a, b]) => i >= a && i <= b) && content.has(tokens[i]!.stem) && !general.EXTREMES.includes(tokens[i]!.stem)),
  };
}

/** "Collab planning not done": the planning is the collaborative planning's, more of whose name
 * was said, so "not done" says it was not done, not why some other planning fell short. A reason
 * (an option of a shortfall's question) is read with its topic only when no judgement's name holds
 * that topic's words and more, besides words of the reasons ("a plan never written" is not a
 * "written plan"). */
function outnamed(cues: MetricCues, topics: ReadonlyMap<string, Set<number>>, tokens: readonly Token[], vocabulary: Vocabulary): boolean {
  const own = topics.get(cues.id)!;
  if (cues.def.type !== "option" || cues.filter || own.size === 0) return false;
  const question = cues.def.question.id;
  return vocabulary.metrics.some((m) => {
    if (m.def.type !== "question" || m.def.question.kind !== "judgement" || m.def.question.id === question) return false;
    const named = topics.get(m.id)!;
    const more = [...named].filter((i) => !own.has(i));
    return more.length > 0 && [...own].every((i) => named.has(i)) && !more.some((i) => cues.optionWords?.has(tokens[i]!.stem));
  });
}

/** Scores every metric of the framework against the words left after the scope was read.
 * A word of the figure's own terms, or of an option it names, counts 3; its section named
 * counts 2, another section named -2 (so "safeguarding reviews" is not the risk review); a word
 * of its label 1, at most 3. The numbers only order the readings: parse.ts decides how far
 * ahead the best must be to be taken without asking. */
export function scoreCandidates(tokens: readonly Token[], vocabulary: Vocabulary): Candidate[] {
  const open = tokens.flatMap((t, i) => (t.used || t.stop ? [] : [i]));
  const sectionHits = new Map([...vocabulary.sections].map(([id, ps]) => [id, findAll(tokens, open, ps)]));
  const scored = new Map<string, Candidate>();
  // A filter's words stay open to the figures whose own name holds them ("custody planning").
  const reopened = tokens.flatMap((t, i) => ((t.used && !t.filter) || t.stop ? [] : [i]));
  const topics = new Map(vocabulary.metrics.map((m) => [m.id, findAll(tokens, open, m.topic)]));
  for (const cues of vocabulary.metrics) {
    const direct = topics.get(cues.id)!;
    const topic = cues.holdsFilterWord && direct.size === 0 ? findAll(tokens, reopened, cues.topic) : direct;
    // An option alone names a figure only for filter questions ("custody"); elsewhere it
    // qualifies a topic ("ineffective oversight"), and "sufficient" alone is not oversight.
    const option = new Set(
      [...findAll(tokens, open, (topic.size && !outnamed(cues, topics, tokens, vocabulary)) || cues.filter ? cues.options : cues.distinct)].filter(
        (i) => !topic.has(i),
      ),
    );
    const used = new Set([...topic, ...option]);
    const section = [...(sectionHits.get(cues.section) ?? [])].filter((i) => !used.has(i));
    // A section its own name holds is not another ("safeguarding procedures", in the interview,
    // with "protecting vulnerable children" said beside it).
    const ownStems = new Set([...topic].map((i) => tokens[i]!.stem));
    const holds = (id: string) => (vocabulary.sections.get(id) ?? []).some((p) => p.some((s) => ownStems.has(s)));
    const otherSections = [...sectionHits]
      .filter(([id]) => id !== cues.section && !holds(id))
      .flatMap(([, hits]) => [...hits])
      .filter((i) => !used.has(i) && !section.includes(i));
    const label = open.filter((i) => !used.has(i) && !section.includes(i) && cues.labelWords.includes(tokens[i]!.stem));
    let score = 3 * topic.size + 3 * option.size;
    // A reason a judgement fell short ("late", "victims not considered") is asked only when named.
    if (cues.def.type === "option" && option.size === 0 && !cues.positive) score -= cues.def.question.kind === "multi" ? 4 : 2;
    // "make amends to the victim or the community": a filter's option named beside another
    // figure is more likely a word of that figure, or a filter, than the figure asked for.
    if (cues.filter) score -= 1;
    if ((used.size || label.length >= 2) && section.length) score += 2;
    if (otherSections.length) score -= 2;
    score += Math.min(3, label.length);
    if (!used.size && label.length < 2) score = 0;
    section.forEach((i) => used.add(i));
    label.forEach((i) => used.add(i));
    // A name taken from words read as a filter, and nothing more, counts for less than one of its own.
    const onlyViaFilter = [...topic].some((i) => tokens[i]!.filter) && topic.size <= 2;
    if (onlyViaFilter) score -= 3;
    scored.set(cues.id, {
      cues,
      score,
      used,
      own: new Set([...topic, ...option]),
      named: topic.size + option.size > 0,
      otherSection: otherSections.length > 0,
      optionNamed: option.size > 0,
      onlyViaFilter,
    });
  }
  decideGates(scored, signals(tokens, open, vocabulary.content));
  return [...scored.values()].filter((c) => c.score > 0).sort((a, b) => b.score - a.score);
}

/** "How many cases needed a risk review" is about the gate; "how many risk reviews were
 * sufficient" about the judgement; "how many PSRs" (no other sign) about the gate. */
function decideGates(scored: Map<string, Candidate>, s: ReturnType<typeof signals>) {
  const base = new Map([...scored].map(([id, c]) => [id, c.score]));
  // "How good were the written reports?": only the gate's words are named, and how good they were
  // asked, so the judgements it opens are offered ahead of it, even with no word of their own.
  if (s.sufficient && !s.expected)
    for (const gate of scored.values()) {
      const opened = [...scored.values()].filter((j) => j.cues.gate === gate.cues.id);
      if (gate.score <= 0 || !gate.named || opened.length === 0 || opened.some((j) => j.score > 0)) continue;
      for (const j of opened) [j.score, j.used, j.named] = [gate.score + 1, new Set(gate.used), true];
    }
  // A gate opens several judgements (a review needed: the review, the plan updated). The one the
  // question names decides it first; one it does not name takes nothing back from it.
  const byScore = [...scored.values()].sort((a, b) => b.score - a.score);
  const asked = new Set<Candidate>();
  for (const judgement of byScore) {
    const gate = judgement.cues.gate ? scored.get(judgement.cues.gate) : undefined;
    if (!gate) continue;
    const [j, g] = [base.get(judgement.cues.id)!, base.get(gate.cues.id)!];
    // "Cases where oversight was needed": when the clause holds every word of the figure, the
    // need is what is asked after all.
    // (Not when the figure's words outside the clause ask something else: "when the plan needed
    // revisiting, how often was it brought up to date".)
    const onlyTheClause = s.clause.size > 0 && [...judgement.used].every((i) => s.inClause(i)) && !s.contentOutside;
    // "How much of the required oversight was effective?": an option named says how it went.
    const quality = s.sufficient || judgement.optionNamed;
    if ((s.expected || onlyTheClause) && !quality && j > 0) {
      asked.add(gate);
      if (j + 2 > gate.score) {
        gate.score = j + 2;
        judgement.used.forEach((i) => gate.used.add(i));
        gate.named ||= judgement.named;
      }
    } else if (s.clause.size && !asked.has(gate)) {
      // The clause's "needed" is not evidence for the gate: take back what it earned, and more.
      const earned = [...gate.used].filter((i) => s.clause.has(i) || s.inClause(i)).length * 3;
      gate.score = Math.min(gate.score, g - 2 - earned);
    } else if (quality && j > 0 && g >= j) {
      // "Were the panel reports of a decent standard?": how good, so the judgement, however
      // many more of the gate's words were named.
      judgement.score = Math.max(judgement.score, g + 2);
    } else if (j > 0 && g > 0 && Math.abs(j - g) <= 3) {
      if (s.sufficient) judgement.score = Math.max(judgement.score, Math.max(j, g) + 2);
      else if (g >= j) gate.score = Math.max(gate.score, g + 2);
    }
  }
}
