import { z } from "zod";

/* Objects are strict: a framework is written by hand in a file, and a misspelt field
 * (`applys:`) must be reported, not silently dropped. */

/** Ids are dotted lower-case words: `rosh.review`, `profile.sentence`. */
const id = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, "ids are lower-case words joined by dots");

export const AnswerKind = z.enum(["judgement", "gate", "choice", "multi"]);
export type AnswerKind = z.infer<typeof AnswerKind>;

/** Who may answer: `cm` = the case manager (facts), `insp` = inspectors only (judgements). */
export const Audience = z.enum(["cm", "insp"]);
export type Audience = z.infer<typeof Audience>;

/** One test on a case's answers. `in` holds when the answer is one of the values
 * (for a multi answer: when any chosen value is one of them); `answered` when there is any answer. */
export const Condition = z
  .strictObject({
    question: id,
    in: z.array(z.string()).min(1).optional(),
    answered: z.literal(true).optional(),
  })
  .refine((c) => (c.in ? 1 : 0) + (c.answered ? 1 : 0) === 1, "a condition needs exactly one of `in` or `answered`");
export type Condition = z.infer<typeof Condition>;

export const Option = z.strictObject({
  id,
  label: z.string().min(1),
  /** How the figure for this option reads after the question's phrase: "was effective". */
  phrase: z.string().min(1).optional(),
  /** Words people use for this option, for reading questions about the figures. */
  terms: z.array(z.string()).default([]),
  /** The option a good inspection hopes for; used for areas needing improvement. */
  positive: z.boolean().default(false),
});
export type Option = z.infer<typeof Option>;

export const Question = z.strictObject({
  id,
  kind: AnswerKind,
  audience: Audience,
  /** The question as asked, in plain British English. */
  text: z.string().min(1),
  /** A line of guidance shown under the question. */
  hint: z.string().optional(),
  options: z.array(Option).default([]),
  /** All must hold for the question to be asked and counted. */
  applies: z.array(Condition).default([]),
  /** The figure as a noun phrase: "sufficient planning to manage the risk of harm". */
  phrase: z.string().min(1),
  /** The denominator as words: "cases where a review was expected". */
  population: z.string().optional(),
  /** Words people use for this figure, for reading questions about it. */
  terms: z.array(z.string()).default([]),
});
export type Question = z.infer<typeof Question>;

export const Section = z.strictObject({
  id,
  title: z.string().min(1),
  /** Short label for the progress line in a case's root message. */
  short: z.string().min(1),
  /** Shown as its own part of a summary (the case profile is not). */
  inSummary: z.boolean().default(true),
  terms: z.array(z.string()).default([]),
  questions: z.array(Question).min(1),
});
export type Section = z.infer<typeof Section>;

/** A figure built from conditions: the cases matching `where` among those matching `of`. */
export const DerivedMetric = z.strictObject({
  id,
  section: id,
  phrase: z.string().min(1),
  population: z.string().optional(),
  of: z.array(Condition).default([]),
  where: z.array(Condition).min(1),
  /** True when every counted case is a problem, so any count is an area needing improvement. */
  adverse: z.boolean().default(false),
  terms: z.array(z.string()).default([]),
});
export type DerivedMetric = z.infer<typeof DerivedMetric>;

/** A quantifier band; bands are tried in order and the first that matches gives the word. */
export const QuantifierBand = z.strictObject({
  word: z.string().min(1),
  /** Percent bounds, inclusive. */
  min: z.number().min(0).max(100).optional(),
  max: z.number().min(0).max(100).optional(),
  /** Matches n-k of n (for "all but one"). */
  shortOf: z.number().int().positive().optional(),
  minDenominator: z.number().int().positive().optional(),
});
export type QuantifierBand = z.infer<typeof QuantifierBand>;

/** A consistency rule: flagged when every condition holds, never silently fixed. */
export const ConsistencyRule = z.strictObject({
  id,
  message: z.string().min(1),
  when: z.array(Condition).min(1),
});
export type ConsistencyRule = z.infer<typeof ConsistencyRule>;

/** The framework's own words for its ideas, for reading questions about its figures: "RoSH" and
 * "risk of harm" are one thing in this framework, not in English. Merged with core's general
 * words (src/core/query/words/); a framework without them does not know them. */
export const FrameworkVocabulary = z.strictObject({
  /** Phrases read as other words before matching: ["risk management plan", "rmp"]. */
  rewrites: z.array(z.tuple([z.string().min(1), z.string().min(1)])).default([]),
  /** Single words read as other words: { psrs: "psr" }. */
  synonyms: z.record(z.string(), z.string().min(1)).default({}),
});
export type FrameworkVocabulary = z.infer<typeof FrameworkVocabulary>;

/** A key question of a standard: a judgement question's id, or the id with the short words a
 * rating sentence uses for it ("driven by keeping other people safe at 67%"). */
export const KeyQuestion = z.union([id, z.strictObject({ metric: id, label: z.string().min(1) })]);
export type KeyQuestion = z.infer<typeof KeyQuestion>;

/** A standard rated from the lowest percentage among its key questions. */
export const Standard = z.strictObject({
  id,
  title: z.string().min(1),
  keyQuestions: z.array(KeyQuestion).min(1),
  /** Words people use for the standard, besides its title, for reading questions about ratings. */
  terms: z.array(z.string()).default([]),
});
export type Standard = z.infer<typeof Standard>;

/** A rating band: percentages from `min` (inclusive, unrounded) take the word and the points. */
export const RatingBand = z.strictObject({ word: z.string().min(1), min: z.number().min(0).max(100), points: z.number().int().min(0) });
export type RatingBand = z.infer<typeof RatingBand>;

/** An overall band: a sum of points from `min` takes the word. */
export const OverallBand = z.strictObject({ word: z.string().min(1), min: z.number().min(0) });
export type OverallBand = z.infer<typeof OverallBand>;

export const Rating = z.strictObject({
  /** Tried in order; a standard takes the first band its lowest key-question percentage reaches. */
  bands: z.array(RatingBand).min(1),
  /** Tried in order, on the sum of the rated standards' points. */
  overall: z.array(OverallBand).min(1),
  /** `points`: an overall band's `min` is a sum of points. `share`: it is a percentage of the
   * most points the rated standards could have, for a framework that rates fewer standards
   * than the bands were published for. */
  overallOn: z.enum(["points", "share"]).default("points"),
});
export type Rating = z.infer<typeof Rating>;

export const Framework = z.strictObject({
  /** Where the JSON Schema is, for editors; ignored otherwise. */
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a framework id is lower-case letters, digits and dashes"),
  /** Changes whenever the questions or their meaning change; an inspection keeps the version it started with. */
  version: z.union([z.string().min(1), z.number()]).default(1),
  name: z.string().min(1),
  /** What the framework is and where its wording comes from. */
  description: z.string().optional(),
  /** Questions whose answers can filter or group a figure ("in custody cases"). */
  filters: z.array(id).default([]),
  sections: z.array(Section).min(1),
  derived: z.array(DerivedMetric).default([]),
  quantifiers: z.array(QuantifierBand).min(1),
  /** Figures below this percent are listed as areas needing improvement. */
  improvementBelow: z.number().min(0).max(100).default(75),
  rules: z.array(ConsistencyRule).default([]),
  standards: z.array(Standard).default([]),
  rating: Rating.optional(),
  vocabulary: FrameworkVocabulary.optional(),
});
export type Framework = z.infer<typeof Framework>;
export type FrameworkInput = z.input<typeof Framework>;
