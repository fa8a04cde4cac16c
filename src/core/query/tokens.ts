import { FILLERS, REWRITES, STOP, WORD_SYNONYMS } from "./words/index.ts";

/** Words read as other words before matching: the general ones of words/, and a
 * framework's own (its `vocabulary`: "RoSH", "PSR", "RMP"), so a new framework brings its own. */
type Rewrite = readonly [from: string[], to: string[]];

export interface Lexicon {
  synonyms: Readonly<Record<string, string>>;
  /** Multi-word rewrites as stems, longest first. */
  rewrites: ReadonlyArray<Rewrite>;
  /** The same by their first stem, so a word is compared only with its own. */
  rewritesFrom: ReadonlyMap<string, readonly Rewrite[]>;
  /** Every word the rewrites and synonyms know, for typo correction. */
  words: string[];
}

/** One word of a question as the parser sees it. `used` is set when a part of the parser has
 * explained the word (a filter, a group, a figure), so the next part does not read it again. */
export interface Token {
  word: string;
  stem: string;
  stop: boolean;
  /** A case ref (D07) or a case manager id (cm-03), kept as typed. */
  ref?: "case" | "manager";
  used: boolean;
  /** Explained as a filter ("custody cases"): still a word a figure's own name may hold ("custody planning"). */
  filter?: boolean;
}

/** A light English stemmer: enough to make "reviews", "reviewed" and "review" one word, and
 * "updating", "updated" and "update" another. Applied alike to questions and vocabulary. */
export function stem(word: string): string {
  let s = word;
  if (s.length <= 3 || /\d/.test(s)) return s;
  if (s.endsWith("ies") && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (/(ches|shes|xes)$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith("s") && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith("ing") && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith("ed") && s.length > 4) s = s.slice(0, -2);
  if (s.endsWith("e") && s.length > 4) s = s.slice(0, -1);
  return s;
}

/** Stop words stay as they are, so "cases" and "case" are both recognised as stop words. */
export function toStem(word: string): string {
  return STOP.has(word) ? word : stem(word);
}

const MANAGER = /^cm-?\d{1,3}$/;
const CASE_REF = /^[a-z]{1,2}-?\d{1,3}$/;

/** Splits text into lower-case words, keeping case refs and manager ids whole and expanding
 * "didn't" to "did not". */
export function words(text: string): Array<{ word: string; ref?: "case" | "manager" }> {
  const out: Array<{ word: string; ref?: "case" | "manager" }> = [];
  const raw =
    text
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/%/g, " percent ")
      .replace(/\bw\/o\b/g, "without")
      // Shorthand with a slash or an ampersand, which the word split below would break up.
      .replace(/\bo\/s\b/g, "oversight")
      .replace(/\b(s&v|s\/g)\b/g, "safeguarding")
      .replace(/\+/g, " plus ")
      .match(/[a-z0-9]+(?:['-][a-z0-9]+)*/g)
      ?.filter((w) => !FILLERS.has(w)) ?? [];
  // "Hi, how many ...": a greeting first is not "hi" for high ("hi risk cases" is).
  if (/^(hi|hello|hey)$/.test(raw[0] ?? "") && !/^(risk|rosh|or|and|to|v|very|med|medium)$/.test(raw[1] ?? "")) raw.shift();
  for (let k = 0; k < raw.length; k++) {
    let w = raw[k]!.replace(/'s$|'$/, "");
    // "cm 3" is cm-03 typed with a space.
    // ("case manager 4", "manager 4" likewise: a number after "manager" is whose cases.)
    if ((w === "cm" || w === "manager" || w === "managers") && /^\d{1,3}('s)?$/.test(raw[k + 1] ?? "")) w = `cm${raw[++k]!.replace(/'s$/, "")}`;
    // "cm3", "cm-3" and "cm-03" are one manager id, written as the fixtures write them.
    // "D01-D05", "D01 to D10": every case of the range.
    const range = /^([a-z]{1,2})(\d{1,3})-([a-z]{1,2})(\d{1,3})$/.exec(w);
    const rangeTo = CASE_REF.test(w) && raw[k + 1] === "to" && CASE_REF.test(raw[k + 2] ?? "") ? raw[k + 2]! : undefined;
    const ends = range ? [`${range[1]}${range[2]}`, `${range[3]}${range[4]}`] : rangeTo ? [w, rangeTo] : undefined;
    if (ends) {
      out.push(...caseRange(ends[0]!, ends[1]!));
      if (rangeTo) k += 2;
      continue;
    }
    if (MANAGER.test(w)) out.push({ word: `cm-${w.replace(/^cm-?/, "").padStart(2, "0")}`, ref: "manager" });
    else if (CASE_REF.test(w)) out.push({ word: w.toUpperCase().replace("-", ""), ref: "case" });
    else if (w.endsWith("n't")) out.push({ word: w.slice(0, -3) }, { word: "not" });
    else for (const part of w.split(/['-]/)) if (part) out.push({ word: part });
  }
  return out;
}

/** The case refs from one to another of the same prefix, written with the first's width ("D01".."D05"). */
function caseRange(from: string, to: string): Array<{ word: string; ref: "case" }> {
  const [a, b] = [/^([a-z]+)-?(\d+)$/.exec(from)!, /^([a-z]+)-?(\d+)$/.exec(to)!];
  const [lo, hi] = [Number(a[2]), Number(b[2])];
  if (a[1] !== b[1] || hi < lo || hi - lo > 100) return [from, to].map((r) => ({ word: r.toUpperCase().replace("-", ""), ref: "case" as const }));
  return Array.from({ length: hi - lo + 1 }, (_, i) => ({ word: `${a[1]!.toUpperCase()}${String(lo + i).padStart(a[2]!.length, "0")}`, ref: "case" as const }));
}

/** Edit distance with transpositions (optimal string alignment), so "reveiw" is one from "review".
 * Stops early, returning `max + 1`, once every alignment costs more than `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]!;
}

/** The known words by length, and the corrections already made, per set of known words: a
 * question's unknown words are compared only with words of about their length, once. */
const byLength = new WeakMap<ReadonlySet<string>, { words: Map<number, string[]>; seen: Map<string, string> }>();

function lookup(known: ReadonlySet<string>) {
  let hit = byLength.get(known);
  if (!hit) {
    const words = new Map<number, string[]>();
    for (const k of known) if (k.length >= 4) words.set(k.length, [...(words.get(k.length) ?? []), k]);
    hit = { words, seen: new Map() };
    byLength.set(known, hit);
  }
  return hit;
}

/** The known word a mistyped one is closest to; only for words of five letters or more, and only
 * when one known word is clearly closest (one edit, two for words of eight letters or more). */
export function correct(word: string, known: ReadonlySet<string>, synonyms: Readonly<Record<string, string>> = {}): string {
  if (word.length < 5 || known.has(word) || /\d/.test(word)) return word;
  // "reviewing" is a form of the known "review" (not a typo of "revising"), as "grips" is of "grip".
  if (known.has(stem(word))) return stem(word);
  const { words, seen } = lookup(known);
  const done = seen.get(word);
  if (done !== undefined) return done;
  const limit = word.length >= 8 ? 2 : 1;
  let best: string[] = [];
  let bestDistance = limit + 1;
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    for (const k of words.get(length) ?? []) {
      const dist = editDistance(word, k, limit);
      if (dist > limit) continue;
      if (dist < bestDistance) [best, bestDistance] = [[k], dist];
      else if (dist === bestDistance) best.push(k);
    }
  }
  // "assessmnt" is one from "assessment" and from the shorthand "assessmt": the same word.
  const stems = new Set(best.map((k) => stem(synonyms[k] ?? k)));
  const fixed = stems.size === 1 ? best[0]! : word;
  if (seen.size < 10_000) seen.set(word, fixed);
  return fixed;
}

/** The general lexicon with a framework's own words added (they win over the general ones). */
export function lexiconOf(own: { rewrites?: ReadonlyArray<readonly [string, string]>; synonyms?: Readonly<Record<string, string>> } = {}): Lexicon {
  const synonyms = { ...WORD_SYNONYMS, ...own.synonyms };
  const all = [...(own.rewrites ?? []), ...REWRITES];
  const plain = { synonyms };
  const rewrites = all
    .map(
      ([from, to]) =>
        [
          words(from)
            .flatMap((w) => synonym(w.word, plain))
            .map(toStem),
          to.split(" ").filter(Boolean).map(toStem),
        ] as const,
    )
    .sort((a, b) => b[0].length - a[0].length);
  const rewritesFrom = new Map<string, Rewrite[]>();
  for (const r of rewrites) rewritesFrom.set(r[0][0]!, [...(rewritesFrom.get(r[0][0]!) ?? []), r]);
  return { synonyms, rewrites, rewritesFrom, words: [...all.flat(), ...Object.keys(synonyms)] };
}

/** The general words only, for phrases every framework shares. */
export const GENERAL: Lexicon = lexiconOf();

/** Word stems after single-word synonyms, as used in the vocabulary. */
export function stems(text: string, lexicon: Lexicon = GENERAL): string[] {
  return applyRewrites(
    words(text)
      .flatMap((w) => synonym(w.word, lexicon))
      .map(toStem),
    lexicon,
  );
}

/** A word's synonym, and the synonyms of that ("insuff" is "insufficient" is "not sufficient"). */
function synonym(word: string, lexicon: Pick<Lexicon, "synonyms">): string[] {
  return (lexicon.synonyms[word] ?? word).split(" ").flatMap((w) => (w !== word && lexicon.synonyms[w] ? lexicon.synonyms[w]!.split(" ") : [w]));
}

/** Rewrites, applied again to what they made ("failed to make it any better" is "not make it any
 * better" is "not effective"), a few times at most. */
function applyRewrites(input: string[], lexicon: Lexicon): string[] {
  let out = input;
  for (let pass = 0; pass < 3; pass++) {
    const next = rewriteOnce(out, lexicon);
    if (next.length === out.length && next.every((s, i) => s === out[i])) break;
    out = next;
  }
  return out;
}

function rewriteOnce(input: string[], lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < input.length;) {
    const hit = lexicon.rewritesFrom.get(input[i]!)?.find(([from]) => from.every((s, k) => input[i + k] === s));
    if (hit) {
      out.push(...hit[1]);
      i += hit[0].length;
    } else out.push(input[i++]!);
  }
  return out;
}

/** A question as tokens: typos corrected against the known words, synonyms and rewrites
 * applied, stop words marked. */
export function tokenize(text: string, known: ReadonlySet<string>, lexicon: Lexicon = GENERAL): Token[] {
  const tokens: Token[] = [];
  let plain: string[] = [];
  const flush = () => {
    // A number or a placeholder ("7 of 8", "x of 19", "12/19") restates a figure; it names none.
    for (const s of applyRewrites(plain, lexicon)) tokens.push({ word: s, stem: s, stop: STOP.has(s) || /^(\d+|[a-z])$/.test(s), used: false });
    plain = [];
  };
  for (const w of words(text)) {
    if (w.ref) {
      flush();
      tokens.push({ word: w.word, stem: w.word.toLowerCase(), stop: false, ref: w.ref, used: false });
      continue;
    }
    const fixed = correct(w.word, known, lexicon.synonyms);
    for (const s of synonym(fixed, lexicon)) plain.push(toStem(s));
  }
  flush();
  return tokens;
}
