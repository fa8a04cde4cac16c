/** General words of the inspectors' language, the same for every framework. The framework's own
 * words (its `terms`, phrases and option labels) are added by vocabulary.ts. */

/** Multi-word rewrites, applied to word stems before matching so that "good enough" is
 * "sufficient". Longest first. A framework's own ("risk of harm" is "RoSH") are in its
 * `vocabulary`. */
export const REWRITES: ReadonlyArray<readonly [from: string, to: string]> = [
  ["to a sufficient standard", "sufficient"],
  ["met the standard", "sufficient"],
  ["meet the standard", "sufficient"],
  ["up to standard", "sufficient"],
  ["up to scratch", "sufficient"],
  ["good enough", "sufficient"],
  ["as necessary", "sufficient"],
  ["as needed", "sufficient"],
  ["as required", "sufficient"],
  ["as appropriate", "sufficient"],
  ["well enough", "sufficient"],
  ["high quality", "sufficient quality"],
  ["below par", "not sufficient"],
  ["below standard", "not sufficient"],
  ["below the standard", "not sufficient"],
  ["not up to", "not sufficient"],
  ["looked at again", "review"],
  ["look at again", "review"],
  ["looking at again", "review"],
  ["looked again at", "review"],
  ["fresh look", "review"],
  ["second look", "review"],
  ["re assessment", "review"],
  ["re assessed", "reviewed"],
  ["kept up to date", "updated"],
  ["keep up to date", "update"],
  ["brought up to date", "updated"],
  ["up to date", "updated"],
  ["keep an eye on", "oversight"],
  ["kept an eye on", "oversight"],
  ["keeping an eye on", "oversight"],
  ["keep tabs on", "oversight"],
  ["kept tabs on", "oversight"],
  ["keep proper tabs on", "oversight"],
  ["at all", "absent"],
  ["good quality", "sufficient quality"],
  ["re offending", "reoffending"],
  ["should have been", "expected"],
  ["should have", "expected"],
  ["ought to have been", "expected"],
  ["called for", "expected"],
  ["call for", "expected"],
  ["fell short", "fall short"],
  ["falls short", "fall short"],
  ["falling short", "fall short"],
  ["per cent", "percent"],
  ["did not", "not"],
  ["was not", "not"],
  ["were not", "not"],
  ["had not", "not"],
  ["has not", "not"],
  ["have not", "not"],
  ["does not", "not"],
  ["do not", "not"],
];

/** Single words read as another word (by stem): spelling variants and near-synonyms. */
export const WORD_SYNONYMS: Readonly<Record<string, string>> = {
  insufficient: "not sufficient",
  inadequate: "not sufficient",
  unsatisfactory: "not sufficient",
  ineffective: "not effective",
  never: "not",
  lacked: "without",
  lacking: "without",
  lacks: "without",
  lack: "without",
  policies: "procedures",
  policy: "procedures",
  procedure: "procedures",
  understood: "understand",
  understands: "understand",
  understanding: "understand",
  knowledge: "understand",
  know: "understand",
  knew: "understand",
  grasp: "understand",
  reassessment: "review",
  reassessments: "review",
  reassessed: "reviewed",
  revisited: "reviewed",
  revisit: "review",
  bosses: "managers",
  kid: "child",
  kids: "children",
  mgmt: "management",
  pls: "please",
  boss: "manager",
  supervisor: "manager",
  supervisors: "managers",
  weak: "not sufficient",
  poor: "not sufficient",
  patchy: "not sufficient",
  substandard: "not sufficient",
  fell: "fall",
  prioritise: "priorities",
  prioritised: "prioritised",
  prioritize: "priorities",
  reoffend: "reoffending",
};

/** Stems that mean a figure's threshold was met: the sufficiency reading of a judgement. */
export const SUFFICIENT = ["sufficient", "sufficiently", "adequate", "adequately", "satisfactory", "acceptable", "good", "ok", "okay", "thorough", "thoroughly", "enough", "properly", "proper", "well", "decent", "robust", "solid"];
/** Stems that mean something was called for: the gate ("how many cases needed a review"). */
export const EXPECTED = ["expected", "expect", "need", "needed", "needs", "needing", "warrant", "warranted", "require", "required", "requiring", "necessary", "due", "merited", "should", "ought"];
/** Words that turn "which cases" into "which cases fell short". */
export const NEGATIVE = ["not", "no", "without", "poor", "missing", "absent", "fail", "failed", "lacking", "missed"];
/** Words that introduce the population of a figure ("when enforcement was needed"), so an
 * expectation word after them does not make the question about the gate. */
export const CLAUSE = ["when", "where", "if", "once", "after"];

/** Asking for the case refs rather than the figure. */
export const SHOW_CASES = [
  ["which", "cases"], ["what", "cases"], ["which", "ones"], ["which", "children"], ["which", "young", "people"], ["list"],
  ["show", "me", "the", "cases"], ["name", "the", "cases"], ["case", "refs"], ["case", "references"], ["which", "case"], ["identify"],
];
/** Asking for a count, not a list ("how many fell short"). */
export const COUNTING = [["how", "many"], ["how", "often"], ["how", "much"], ["number", "of"], ["percent"], ["percentage"], ["proportion"], ["what", "share"]];
/** Asking for the cases that fell short. */
export const SHOW_SHORTFALLS = [["fall", "short"], ["failed"]];

/** Words that introduce a split ("by case manager", "for each risk level"). */
export const GROUP_LEADS = [["broken", "down", "by"], ["split", "by"], ["grouped", "by"], ["for", "each"], ["for", "every"], ["by"], ["per"], ["each"], ["across"]];
export const COMPARE = ["compare", "comparing", "comparison", "vs", "versus", "against", "between"];
/** Who a case belongs to, as people say it. */
export const MANAGER_WORDS = ["case manager", "case managers", "cm", "cms", "case worker", "case workers", "manager", "managers", "worker", "workers", "caseworker", "caseworkers", "practitioner", "practitioners", "officer", "officers", "staff member", "yot worker", "yos worker"];

/** Words ignored when matching figures (they carry no meaning for which figure is meant). */
export const STOP = new Set([
  "the", "a", "an", "of", "to", "for", "in", "on", "at", "by", "is", "are", "was", "were", "be", "been", "being", "did", "do", "does",
  "had", "has", "have", "there", "their", "they", "them", "it", "its", "this", "that", "these", "those", "with", "and", "or", "how",
  "many", "much", "what", "which", "who", "whose", "when", "where", "why", "percent", "percentage", "proportion", "number", "count",
  "share", "rate", "child", "children", "young", "people", "person", "persons", "s", "me", "show", "tell", "give", "list", "please",
  "i", "we", "our", "you", "your", "all", "any", "some", "at", "as", "so", "than", "then", "from", "into", "while", "during", "after",
  "also", "ones", "one", "sample", "inspected", "inspection", "often", "made", "out", "about", "figure", "figures", "per", "each",
  "overall", "whole", "total", "cases", "case", "just", "only", "still", "ever", "been", "can", "could", "would", "will", "whether",
  "enough", "at", "altogether", "really", "if", "once", "get", "got", "went", "taken", "take", "up",
]);

/** Everyday words that must never be "corrected" into a framework word. */
export const COMMON_WORDS = [
  "there", "where", "which", "whose", "their", "these", "those", "about", "should", "would", "could", "after", "before", "every",
  "other", "others", "being", "under", "while", "cases", "figure", "figures", "percentage", "proportion", "number", "total",
  "sample", "inspected", "inspection", "overall", "please", "compare", "comparing", "versus", "against", "between", "broken",
  "split", "grouped", "include", "included", "includes", "completed", "sentenced", "assessed", "rated", "children", "person",
  "people", "young", "serving", "served", "written", "prepared", "happened", "change", "changed", "circumstances", "start",
  "throughout", "period", "thorough", "thoroughly", "enough", "often", "always", "never", "taken", "instructions", "previous",
  "ignore", "prompt", "system", "notes", "names", "address", "birth", "weather", "today", "tomorrow", "hello", "thanks",
  "most", "least", "like", "answer", "answers", "write", "written", "wrote", "inspector", "inspectors", "question", "questions",
  "thing", "things", "now", "actually", "general", "here", "might", "behind", "something", "themselves", "front", "past",
];
