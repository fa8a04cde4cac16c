// Words that say what is asked of a figure: how good, whether needed, which cases, split how.

/** Stems that mean a figure's threshold was met: the sufficiency reading of a judgement. */
export const SUFFICIENT = [
  "sufficient",
  "sufficiently",
  "adequate",
  "adequately",
  "satisfactory",
  "acceptable",
  "good",
  "ok",
  "okay",
  "thorough",
  "thoroughly",
  "enough",
  "properly",
  "proper",
  "well",
  "decent",
  "robust",
  "solid",
  "pass",
  "passed",
];
/** Stems that mean something was called for: the gate ("how many cases needed a review"). */
export const EXPECTED = [
  "expected",
  "expect",
  "need",
  "needed",
  "needs",
  "needing",
  "warrant",
  "warranted",
  "require",
  "required",
  "requiring",
  "necessary",
  "due",
  "merited",
  "should",
  "ought",
];
/** Words that turn "which cases" into "which cases fell short". */
export const NEGATIVE = ["not", "no", "without", "poor", "missing", "absent", "fail", "failed", "lacking", "missed", "gap", "gaps"];
/** Words that introduce the population of a figure ("when enforcement was needed"), so an
 * expectation word after them does not make the question about the gate. */
export const CLAUSE = ["when", "whenever", "where", "wherever", "if", "once", "after", "though", "although"];

/** Asking for the case refs rather than the figure. */
export const SHOW_CASES = [
  ["which", "cases"],
  ["what", "cases"],
  ["which", "ones"],
  ["which", "children"],
  ["which", "young", "people"],
  ["list"],
  ["show", "me", "the", "cases"],
  ["give", "me", "the", "cases"],
  ["get", "me", "the", "cases"],
  ["name", "the", "cases"],
  ["case", "refs"],
  ["refs"],
  ["case", "references"],
  ["which", "case"],
  ["identify"],
];
/** Asking for a count, not a list ("how many fell short"). */
export const COUNTING = [["how", "many"], ["how", "often"], ["how", "much"], ["number", "of"], ["percent"], ["percentage"], ["proportion"], ["what", "share"]];
/** Asking for the cases that fell short. */
export const SHOW_SHORTFALLS = [["fall", "short"], ["failed"], ["shortfalls"], ["exceptions"], ["exception"], ["short"]];

/** Words that introduce a split ("by case manager", "for each risk level"). */
export const GROUP_LEADS = [
  ["broken", "down", "by"],
  ["depending", "on"],
  ["according", "to"],
  ["vary", "with"],
  ["vary", "by"],
  ["varied", "by"],
  ["varied", "with"],
  ["differ", "by"],
  ["break", "it", "down", "by"],
  ["break", "down", "by"],
  ["breakdown", "by"],
  ["x"],
  ["split", "by"],
  ["split", "between"],
  ["grouped", "by"],
  ["for", "each"],
  ["for", "every"],
  ["by"],
  ["per"],
  ["each"],
  ["across"],
];
/** Words that follow the name of a split ("a risk level breakdown", "CM split"). */
export const GROUP_TAILS = ["breakdown", "split", "spread"];
export const COMPARE = ["compare", "comparing", "comparison", "compared", "vs", "versus", "against", "between"];
/** Words that ask which group stands out ("who had the most ..."). */
export const EXTREMES = ["most", "fewest", "least", "highest", "lowest", "best", "worst", "more", "fewer"];
/** Who a case belongs to, as people say it. */
export const MANAGER_WORDS = [
  "case manager",
  "case managers",
  "cm",
  "cms",
  "case worker",
  "case workers",
  "manager",
  "managers",
  "worker",
  "workers",
  "caseworker",
  "caseworkers",
  "practitioner",
  "practitioners",
  "officer",
  "officers",
  "team member",
  "team members",
  "staff member",
  "member of staff",
  "members of staff",
  "staff",
  "yot worker",
  "yos worker",
];
