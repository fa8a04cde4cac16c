import type { SectionInput } from "./shared.ts";

/** Case profile: ids, kinds, audiences and rules as shared/spec/sqs-youth-2016.md fixes them. */
export const profile: SectionInput = {
  id: "profile",
  title: "Case profile",
  short: "profile",
  inSummary: false,
  questions: [
    {
      id: "profile.sentence", kind: "choice", audience: "cm",
      text: "What sentence is the child serving?",
      options: [
        { id: "community", label: "Community", phrase: "a community sentence", terms: ["community", "in the community", "community order", "referral order"] },
        { id: "custody", label: "Custody", phrase: "custody", terms: ["custody", "custodial", "in custody", "detention", "dto", "secure"] },
      ],
      phrase: "sentenced to", terms: ["sentence", "sentence type"],
    },
    {
      id: "profile.rosh_level", kind: "choice", audience: "cm",
      text: "What is the recorded risk of serious harm (RoSH) level?",
      options: [
        { id: "low", label: "Low", phrase: "low risk of serious harm", terms: ["low", "low risk"] },
        { id: "medium", label: "Medium", phrase: "medium risk of serious harm", terms: ["medium", "medium risk"] },
        { id: "high", label: "High", phrase: "high risk of serious harm", terms: ["high", "high risk"] },
        { id: "very_high", label: "Very high", phrase: "very high risk of serious harm", terms: ["very high", "very high risk"] },
      ],
      phrase: "assessed as", terms: ["rosh level", "risk level", "risk of serious harm level", "risk classification"],
    },
    {
      id: "profile.psr", kind: "gate", audience: "cm",
      text: "Was a pre-sentence report (PSR) written for court?",
      phrase: "a pre-sentence report was prepared for court",
      terms: ["psr", "psrs", "pre-sentence report", "pre sentence report", "court report"],
    },
    {
      id: "profile.panel_report", kind: "gate", audience: "cm",
      text: "Was a report written for a referral order panel?",
      phrase: "a report was prepared for a referral order panel",
      terms: ["panel report", "referral order panel report", "panel reports"],
    },
  ],
};
