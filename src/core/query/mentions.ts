import { EXPECTED, SUFFICIENT } from "./words/index.ts";
import { toStem, type Token } from "./tokens.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** An option of a filter question named in the question ("custody", "high risk"). `strong`
 * when the words say it restricts the cases ("custody cases", "rated high", "high risk"). */
export interface Mention {
  question: string;
  options: string[];
  tokens: number[];
  strong: boolean;
  /** Said to be what the case was rated ("seen as a high danger"): what is asked, where two are named. */
  rated: boolean;
}

const CASE_NOUNS = new Set(["case", "cases", "sentenc", "order", "child", "children", "young", "people", "person", "matter"]);
const JOINERS = new Set(["or", "and", "to", "nor", "plus"]);
const NEGATORS = new Set(["without", "not"]);
const JUDGING = new Set([...SUFFICIENT, ...EXPECTED].map(toStem));
const UP = new Set(["higher", "above", "over", "more", "plus"].map(toStem));
const DOWN = new Set(["lower", "below", "under", "less"].map(toStem));
const LEADING = new Set(["rated", "rate", "classified", "classed", "graded", "assessed", "seen", "judged", "considered", "thought"].map(toStem));

/** The token indexes of a run of stems at i, exactly (stop words included). */
export function seqAt(tokens: readonly Token[], i: number, run: readonly string[]): number[] | undefined {
  if (run.some((s, k) => tokens[i + k]?.stem !== s || tokens[i + k]!.used)) return undefined;
  return run.map((_, k) => i + k);
}

/** Like seqAt, but stop words may sit between the stems ("medium risk of harm cases"). */
export function runAt(tokens: readonly Token[], i: number, run: readonly string[]): number[] | undefined {
  const idx: number[] = [];
  let j = i;
  for (const s of run) {
    while (idx.length && j < tokens.length && tokens[j]!.stop && tokens[j]!.stem !== s) j++;
    if (tokens[j]?.stem !== s || tokens[j]!.used) return undefined;
    idx.push(j++);
  }
  return idx;
}

/** Where options of the filter questions are named, longest first, each word once. */
function mentionsIn(tokens: Token[], vocabulary: Vocabulary): Mention[] {
  const found: Mention[] = [];
  const taken = new Set<number>();
  const all = vocabulary.filters.flatMap((f) => f.options.flatMap((o) => o.phrases.map((p) => ({ f, o, p })))).sort((a, b) => b.p.length - a.p.length);
  for (const { f, o, p } of all) {
    for (let i = 0; i < tokens.length; i++) {
      const idx = runAt(tokens, i, p);
      if (!idx || idx.some((k) => taken.has(k))) continue;
      idx.forEach((k) => taken.add(k));
      const names = new Set(f.names.flat());
      const next = tokens[idx.at(-1)! + 1];
      // "rated high", "seen as a high danger": a word of rating up to three words before.
      const rated = tokens.slice(Math.max(0, i - 3), i).some((t) => LEADING.has(t.stem));
      // "serving their sentence in the community": the question's own name just before it.
      const namedBefore = tokens.slice(Math.max(0, i - 4), i).some((t) => names.has(t.stem));
      // "custody only", "just custody": restricting the cases, whatever figure follows.
      const only = next?.stem === "only" || ["only", "just"].includes(tokens[i - 1]?.stem ?? "");
      const strong = p.some((s) => names.has(s)) || (!!next && (CASE_NOUNS.has(next.stem) || names.has(next.stem))) || rated || namedBefore || only;
      if (next && (CASE_NOUNS.has(next.stem) || names.has(next.stem)) && strong) idx.push(idx.at(-1)! + 1);
      // "serving their sentence in the community": the question's own name, then "in" or "on", is
      // one phrase with the option (not "sentence served", a part of the framework).
      const k = i - 1 - (tokens[i - 1]?.stem === "the" ? 1 : 0) - 1;
      if (names.has(tokens[k]?.stem ?? "") && ["in", "on"].includes(tokens[k + 1]?.stem ?? "") && !tokens[k]!.used) idx.unshift(k, k + 1);
      found.push({ question: f.question.id, options: [o.id], tokens: idx, strong, rated });
    }
  }
  return found.sort((a, b) => a.tokens[0]! - b.tokens[0]!);
}

/** "medium or high", "medium or higher": one mention of several options of a question. */
function join(tokens: Token[], vocabulary: Vocabulary, list: Mention[]) {
  const joined: Mention[] = [];
  for (const m of list) {
    const prev = joined.at(-1);
    const gap = prev ? tokens.slice(Math.max(...prev.tokens) + 1, m.tokens[0]) : [];
    if (prev && prev.question === m.question && gap.length <= 2 && gap.every((t) => JOINERS.has(t.stem))) {
      prev.options.push(...m.options);
      prev.tokens.push(...gap.map((t) => tokens.indexOf(t)), ...m.tokens);
      // A list of levels ("med/high/v high") restricts the cases, whatever follows it.
      prev.strong = true;
    } else joined.push({ ...m, options: [...m.options], tokens: [...m.tokens] });
  }
  for (const m of joined) {
    const order = vocabulary.filters.find((f) => f.question.id === m.question)!.options.map((o) => o.id);
    // "more than a low risk", "above medium": the options past it, not it.
    let k = m.tokens[0]! - 1;
    while (["a", "an", "the", "than"].includes(tokens[k]?.stem ?? "")) k--;
    const before = tokens[k] && m.options.length === 1 ? (UP.has(tokens[k]!.stem) ? 1 : DOWN.has(tokens[k]!.stem) ? -1 : 0) : 0;
    // "at least medium", "at most high": the option itself and those past it.
    const atLeast = tokens[k - 1]?.stem === "at" && ["least", "most"].includes(tokens[k]?.stem ?? "") && m.options.length === 1;
    if (atLeast) {
      const at = order.indexOf(m.options[0]!);
      m.options = tokens[k]!.stem === "least" ? order.slice(at) : order.slice(0, at + 1);
      m.tokens.push(k - 1, k);
      m.strong = true;
      continue;
    }
    if (before) {
      const at = order.indexOf(m.options[0]!);
      m.options = before > 0 ? order.slice(at + 1) : order.slice(0, at);
      m.tokens.push(k);
      m.strong = true;
      continue;
    }
    const end = Math.max(...m.tokens);
    const after = [tokens[end + 1], tokens[end + 2]].filter((t): t is Token => !!t);
    const dir = after.find((t) => UP.has(t.stem)) ? 1 : after.find((t) => DOWN.has(t.stem)) ? -1 : 0;
    if (!dir) continue;
    const pivot = order.indexOf(m.options.at(-1)!);
    m.options = [...new Set([...m.options, ...(dir > 0 ? order.slice(pivot) : order.slice(0, pivot + 1))])];
    m.tokens.push(...after.map((t) => tokens.indexOf(t)));
    m.strong = true;
    const next = tokens[Math.max(...m.tokens) + 1];
    if (next && (CASE_NOUNS.has(next.stem) || vocabulary.filters.some((f) => f.names.flat().includes(next.stem)))) m.tokens.push(Math.max(...m.tokens) + 1);
  }
  return joined;
}

/** "without being sent to a secure unit", "not in custody": the other options. */
function negate(tokens: Token[], vocabulary: Vocabulary, list: Mention[]): Mention[] {
  const negated = new Set<Mention>();
  for (const m of list) {
    // Back over stop words and at most two others the figures do not use ("being sent to a").
    let at = -1;
    for (let k = m.tokens[0]! - 1, others = 0; k >= 0 && others <= 2; k--) {
      const t = tokens[k]!;
      if (NEGATORS.has(t.stem) && !t.used) at = k;
      // "reviews insufficient in community cases": the "not" is the judgement's, not the filter's.
      if (at >= 0 || vocabulary.content.has(t.stem) || JUDGING.has(t.stem)) break;
      if (!t.stop) others++;
    }
    if (at < 0) continue;
    const order = vocabulary.filters.find((f) => f.question.id === m.question)!.options.map((o) => o.id);
    m.options = order.filter((o) => !m.options.includes(o));
    m.tokens.unshift(at);
    // "just the high band, not very high": the "not" only clarifies another option named; it
    // says nothing of its own.
    const others = list.filter((x) => x !== m && x.question === m.question && !negated.has(x));
    if (others.length && others.every((x) => x.options.every((o) => m.options.includes(o)))) m.options = [];
    m.tokens.forEach((i) => (tokens[i]!.used = true));
    negated.add(m);
  }
  return list.filter((m) => m.options.length);
}

/** Every option of a filter question the question names, joined where it names several. */
export function findMentions(tokens: Token[], vocabulary: Vocabulary): Mention[] {
  return negate(tokens, vocabulary, join(tokens, vocabulary, mentionsIn(tokens, vocabulary)));
}
