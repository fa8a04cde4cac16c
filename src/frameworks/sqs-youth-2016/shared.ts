import type { FrameworkInput } from "../../core/framework/schema.ts";

/** A section as written in a framework file, before the schema fills in defaults. */
export type SectionInput = FrameworkInput["sections"][number];

/** The helpers the sections share. */
export const yesIf = (question: string) => [{ question, in: ["yes"] }];
export const MEDIUM_OR_ABOVE = ["medium", "high", "very_high"];
export const OVERSIGHT = [
  { id: "effective", label: "Effective", phrase: "was effective", positive: true, terms: ["effective", "good", "sufficient"] },
  { id: "ineffective", label: "Not effective", phrase: "was not effective", terms: ["ineffective", "not effective", "poor", "insufficient"] },
  { id: "none", label: "None", phrase: "was absent", terms: ["none", "no oversight", "absent", "missing", "lacking"] },
];

