import { CASE_MANAGER, type Show } from "./query.ts";
import * as general from "./words/index.ts";
import { findMentions, runAt, seqAt, type Mention } from "./mentions.ts";
import { stems, toStem, type Token } from "./tokens.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** Everything in a question besides the figure: which cases, split how, shown how. `weak` are
 * options named without saying "cases" ("rosh planning in custody"): a filter, unless the
 * figure itself turns out to be about them ("custody planning"). */
export interface Scope {
  answers: Record<string, string[]>;
  managers: string[];
  cases: string[];
  groupBy?: string;
  show: Show;
  weak: Mention[];
  /** The filter question a case was said to be rated on ("seen as a high danger"), if any. */
  rated?: string;
  /** Whether the cases were asked for ("which cases"), whatever else decided what to show. */
  listed?: boolean;
}

export interface KnownPeople {
  managers?: readonly string[];
  cases?: readonly string[];
}

const seq = (texts: readonly (readonly string[] | string)[]) => texts.map((t) => (typeof t === "string" ? stems(t) : t.map(toStem)));
/** As stems, like the question's words ("compare" is "compar"). */
const COMPARE = new Set(general.COMPARE.map(toStem));
const MANAGER_PHRASES = seq(general.MANAGER_WORDS).sort((a, b) => b.length - a.length);

/** Words that make what follows someone's own ("their list", "their manager"). */
const POSSESSIVES = new Set(["their", "his", "her", "my", "our", "your"]);

const use = (tokens: Token[], idx: readonly number[]) => idx.forEach((i) => (tokens[i]!.used = true));

function findFirst(tokens: Token[], runs: readonly string[][]): number[] | undefined {
  for (let i = 0; i < tokens.length; i++)
    for (const r of runs) {
      const hit = seqAt(tokens, i, r);
      if (hit) return hit;
    }
  return undefined;
}

function people(tokens: Token[], known: KnownPeople): Pick<Scope, "managers" | "cases"> {
  const managers = new Set<string>();
  const cases = new Set<string>();
  const lower = (xs: readonly string[] | undefined) => new Map((xs ?? []).map((x) => [x.toLowerCase().replace(/[-\s]/g, ""), x]));
  const knownManagers = lower(known.managers);
  const knownCases = lower(known.cases);
  tokens.forEach((t, i) => {
    const key = t.word.toLowerCase().replace(/-/g, "");
    const manager = knownManagers.get(key) ?? (t.ref === "manager" ? t.word.replace(/^cm-?/, "cm-") : undefined);
    const kase = knownCases.get(key) ?? (t.ref === "case" ? t.word : undefined);
    if (manager) managers.add(manager);
    else if (kase) cases.add(kase);
    else return;
    t.used = true;
    // "case manager cm-03", "cases D03": the words before the id say what it is, nothing more.
    // ("confidence in manager cm-07" keeps its "manager": only "case manager" names the id.)
    const naming = (j: number) =>
      ["case", "cases", "for", "and", "or"].includes(tokens[j]!.stem) || (tokens[j]!.stem === "manager" && tokens[j - 1]?.stem === "case");
    for (let j = i - 1; j >= 0 && naming(j); j--) tokens[j]!.used = true;
  });
  return { managers: [...managers], cases: [...cases] };
}

/** The split asked for, and the options named only to say what to compare. */
function groupBy(tokens: Token[], vocabulary: Vocabulary, found: Mention[]): { by?: string; compared: Mention[] } {
  const leads = seq(general.GROUP_LEADS).sort((a, b) => b.length - a.length);
  for (let i = 0; i < tokens.length; i++) {
    for (const lead of leads) {
      const hit = seqAt(tokens, i, lead);
      if (!hit) continue;
      // "at the start of each sentence" is a time, and "checked by a manager" who did it: not splits.
      // ("Cases held by each CM" splits: "held by" reads "of", and people are not times.)
      const ofPeople = MANAGER_PHRASES.some((m) => seqAt(tokens, i + lead.length, m));
      if (lead.length === 1 && tokens[i - 1]?.stem === "of" && !ofPeople) continue;
      if (lead.join() === "by" && ["a", "an"].includes(tokens[i + 1]?.stem ?? "")) continue;
      let j = i + lead.length;
      // "broken down by how dangerous they were": "how" leads to the name of the split.
      while (["the", "a", "an", "their", "each", "every", "how", "much", "of"].includes(tokens[j]?.stem ?? "")) j++;
      for (const m of MANAGER_PHRASES) {
        const t = seqAt(tokens, j, m);
        // "oversight by managers" says who did it (line managers); "by CM", "by case manager" split.
        if (t && !(lead.join() === "by" && m.join() === "manager")) return (use(tokens, [...hit, ...t]), { by: CASE_MANAGER, compared: [] });
      }
      for (const f of vocabulary.filters) {
        for (const name of [...f.names].sort((a, b) => b.length - a.length)) {
          const t = runAt(tokens, j, name) ?? runAt(tokens, j, name.slice(0, 1));
          if (t) return (use(tokens, [...hit, ...t]), { by: f.question.id, compared: [] });
        }
      }
      // "split by whether they were in custody or in the community": the options name the split.
      let k = j;
      while (["whether", "they", "he", "she", "it", "were", "was", "in", "on", "being", "those", "the", "ones"].includes(tokens[k]?.stem ?? "")) k++;
      if (k > j)
        for (const f of vocabulary.filters)
          for (const o of f.options)
            for (const p of o.phrases) {
              const t = runAt(tokens, k, p);
              if (!t) continue;
              const compared = found.filter((m) => m.question === f.question.id);
              use(tokens, [...hit, ...t, ...compared.flatMap((m) => m.tokens)]);
              return { by: f.question.id, compared };
            }
    }
  }
  // "A risk level breakdown of the PSR cases", "CM split": the split's name, then the word.
  const tails = new Set(general.GROUP_TAILS.map(toStem));
  const names: Array<[string, string[]]> = [
    ...MANAGER_PHRASES.map((m) => [CASE_MANAGER, m] as [string, string[]]),
    ...vocabulary.filters.flatMap((f) => f.names.map((n) => [f.question.id, n] as [string, string[]])),
  ];
  for (let i = 0; i < tokens.length; i++) {
    if (!tails.has(tokens[i + 1]?.stem ?? "") && !tails.has(tokens[i + 2]?.stem ?? "") && !tails.has(tokens[i + 3]?.stem ?? "")) continue;
    for (const [by, name] of names) {
      const t = runAt(tokens, i, name);
      if (t && tails.has(tokens[t.at(-1)! + 1]?.stem ?? "")) return (use(tokens, [...t, t.at(-1)! + 1]), { by, compared: [] });
    }
  }
  const graded = comparedByDegree(tokens, vocabulary);
  if (graded) return { by: graded, compared: [] };
  // "compare custody and community", "custody vs community": every option named is a group.
  const compared = found.find((m) => new Set(found.filter((x) => x.question === m.question).flatMap((x) => x.options)).size > 1);
  // "... in custody do as much as those on community orders": two options named apart.
  const comparing =
    tokens.some((t) => COMPARE.has(t.stem)) ||
    found.some((m) => m.options.length > 1 && m.options.length === vocabulary.filters.find((f) => f.question.id === m.question)!.options.length) ||
    (!!compared && found.filter((x) => x.question === compared.question).length >= 2);
  // "Compare those who were locked up with those who weren't": one option named is enough.
  const only = new Set(found.map((m) => m.question));
  if (comparing && !compared && only.size === 1 && tokens.some((t) => COMPARE.has(t.stem))) {
    const named = found;
    named.forEach((m) => use(tokens, m.tokens));
    tokens.forEach((t) => COMPARE.has(t.stem) && (t.used = true));
    return { by: [...only][0]!, compared: named };
  }
  if (comparing && compared) {
    const named = found.filter((m) => m.question === compared.question);
    named.forEach((m) => use(tokens, m.tokens));
    tokens.forEach((t) => COMPARE.has(t.stem) && (t.used = true));
    return { by: compared.question, compared: named };
  }
  return { compared: [] };
}

const MORE = new Set(["higher", "bigger", "greater", "more"].map(toStem));
const LESS = new Set(["lower", "smaller", "lesser", "less"].map(toStem));

/** "The higher-risk young people against the lower-risk ones", "did the more dangerous do better
 * than the lower-risk ones": a filter's own name said with "more" and "less", or with one of them
 * and "than" or "compared", splits by that filter. */
function comparedByDegree(tokens: Token[], vocabulary: Vocabulary): string | undefined {
  for (const f of vocabulary.filters) {
    const names = new Set(f.names.flat().filter((s) => !general.STOP.has(s) && s !== "level" && s !== "type"));
    const pairs = tokens.flatMap((t, i) =>
      !t.used && (MORE.has(t.stem) || LESS.has(t.stem)) && names.has(tokens[i + 1]?.stem ?? "") && !tokens[i + 1]!.used ? [i] : [],
    );
    const both = pairs.some((i) => MORE.has(tokens[i]!.stem)) && pairs.some((i) => LESS.has(tokens[i]!.stem));
    const against = tokens.some((t) => t.stem === "than" || COMPARE.has(t.stem));
    if (pairs.length && (both || against)) {
      pairs.forEach((i) => use(tokens, [i, i + 1]));
      tokens.forEach((t) => COMPARE.has(t.stem) && (t.used = true));
      return f.question.id;
    }
  }
  return undefined;
}

/** "Which case managers had the most ...", "which risk level had the fewest ...": asking which
 * group stands out is asking for the figure split by that group. */
function whichGroup(tokens: Token[], vocabulary: Vocabulary): string | undefined {
  // "Whose caseloads had the most ...", "who had the fewest ...": people stand out, so by case manager.
  const most = tokens.findIndex((t) => general.EXTREMES.includes(t.stem));
  const who = tokens.findIndex((t) => t.stem === "who" || t.stem === "whose");
  if (who >= 0 && who < 2 && most > who) return (use(tokens, [who]), CASE_MANAGER);
  // "cms with most late plans", "case managers with the fewest ...": the people first, then who stands out.
  const start = tokens[0]?.stem === "the" ? 1 : 0;
  for (const m of MANAGER_PHRASES) {
    const t = seqAt(tokens, start, m);
    if (t && most > t.at(-1)! && most <= t.at(-1)! + 3) return (use(tokens, t), CASE_MANAGER);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.stem !== "which" || tokens[i]!.used) continue;
    let j = i + 1;
    while (["the", "of", "our"].includes(tokens[j]?.stem ?? "")) j++;
    for (const m of MANAGER_PHRASES) {
      const t = seqAt(tokens, j, m);
      if (t) return (use(tokens, [i, ...t]), CASE_MANAGER);
    }
    for (const f of vocabulary.filters) {
      for (const name of [...f.names].sort((a, b) => b.length - a.length)) {
        const t = runAt(tokens, j, name);
        if (t) return (use(tokens, [i, ...t]), f.question.id);
      }
    }
  }
  return undefined;
}

/** "Compare cm 1 and cm 4 on ...", "how did the different caseworkers compare", "did some staff do
 * better than others?": people compared with each other, so a figure per case manager. */
function peopleCompared(tokens: Token[], managers: readonly string[]): string | undefined {
  const some = tokens.findIndex((t) => t.stem === "some");
  const than = tokens.findIndex((t, k) => k > some && t.stem === "than");
  const others = [than + 1, than + 2].find((k) => tokens[k]?.stem === "other");
  if (some >= 0 && than > some && others !== undefined)
    for (const m of MANAGER_PHRASES) {
      const t = seqAt(tokens, some + 1, m);
      if (t) return (use(tokens, [some, ...t, than, others]), CASE_MANAGER);
    }
  const compare = tokens.findIndex((t) => COMPARE.has(t.stem) && !t.used);
  if (compare < 0) return undefined;
  if (managers.length >= 2) return (use(tokens, [compare]), CASE_MANAGER);
  for (let i = Math.max(0, compare - 4); i < Math.min(tokens.length, compare + 4); i++)
    for (const m of MANAGER_PHRASES) {
      const t = seqAt(tokens, i, m);
      // ("Their manager" is one person, and compares nobody.)
      const theirs = POSSESSIVES.has(tokens[(t?.[0] ?? 0) - 1]?.stem ?? "");
      if (t && !theirs && !t.some((k) => tokens[k]!.used)) return (use(tokens, [compare, ...t]), CASE_MANAGER);
    }
  return undefined;
}

/** "Which custody cases ...", "which high risk cases ...": "which" a few words before "cases". */
function whichCases(tokens: Token[]): number[] | undefined {
  const i = tokens.findIndex((t) => t.stem === "which" && !t.used);
  const j = tokens.findIndex((t, k) => k > i && k <= i + 4 && (t.stem === "cases" || t.stem === "case"));
  return i >= 0 && j > i ? [i, j] : undefined;
}

/** Reads the scope of a question and marks the words it explained as used. */
export function readScope(tokens: Token[], vocabulary: Vocabulary, known: KnownPeople = {}): Scope {
  const { managers, cases } = people(tokens, known);
  const which = whichGroup(tokens, vocabulary);
  // "How many reviews fell short" counts them: the figure, not the list of cases.
  const counting = !!findFirst(tokens, seq(general.COUNTING));
  const shortfalls = counting ? undefined : findFirst(tokens, seq(general.SHOW_SHORTFALLS));
  const asked = findFirst(
    tokens,
    seq(general.SHOW_CASES).sort((a, b) => b.length - a.length),
  );
  // "How many custody cases on their list": a list someone has is not a list asked for.
  const owned = asked?.length === 1 && POSSESSIVES.has(tokens[asked[0]! - 1]?.stem ?? "");
  const listing = (owned ? undefined : asked) ?? whichCases(tokens);
  if (listing) use(tokens, listing);
  if (shortfalls) use(tokens, shortfalls);
  // "in custody rather than in the community": what comes after "instead" is the contrast, not
  // a filter and not the figure.
  const mentions = findMentions(tokens, vocabulary);
  const found = mentions.filter((m, n) => {
    const from = Math.max(0, m.tokens[0]! - 8, n > 0 ? Math.max(...mentions[n - 1]!.tokens) + 1 : 0);
    const at = tokens.slice(from, m.tokens[0]).findIndex((t) => t.stem === "instead");
    if (at < 0) return true;
    // Everything from "instead" to the option is the contrast ("rather than being supervised in the community").
    use(tokens, [...m.tokens, ...Array.from({ length: m.tokens[0]! - from - at }, (_, k) => from + at + k)]);
    return false;
  });
  const split = groupBy(tokens, vocabulary, found);
  const [group, compared] = [which ?? split.by ?? peopleCompared(tokens, managers), split.compared];
  const answers: Record<string, string[]> = {};
  const weak: Mention[] = [];
  for (const m of found) {
    if (compared.includes(m)) continue;
    if (!m.strong) {
      weak.push(m);
      continue;
    }
    use(tokens, m.tokens);
    m.tokens.forEach((i) => (tokens[i]!.filter = true));
    answers[m.question] = [...new Set([...(answers[m.question] ?? []), ...m.options])];
  }
  const rated = found.find((m) => m.rated)?.question;
  return {
    answers,
    managers,
    cases,
    ...(group ? { groupBy: group } : {}),
    // "Which case managers had the most cases where reviews fell short": a figure per group.
    // (Any split asks for a figure per group: "reviews that fell short, per case manager".)
    show: group ? "figure" : shortfalls ? "shortfalls" : listing ? "cases" : "figure",
    weak,
    ...(rated ? { rated } : {}),
    ...(listing ? { listed: true } : {}),
  };
}
