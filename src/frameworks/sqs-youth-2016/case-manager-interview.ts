import type { SectionInput } from "./shared.ts";

/** Interview with the case manager: ids, kinds, audiences and rules as shared/spec/sqs-youth-2016.md fixes them. */
export const caseManagerInterview: SectionInput = {
  id: "cm",
  title: "Interview with the case manager",
  short: "interview",
  terms: ["case manager", "case managers", "interview", "staff"],
  questions: [
    {
      id: "cm.effective_practice", kind: "judgement", audience: "insp",
      text: "Does the case manager understand effective practice and what reduces reoffending?",
      phrase: "a case manager who understands effective practice",
      terms: ["effective practice", "understand effective practice", "what works"],
    },
    {
      id: "cm.rosh_procedures", kind: "judgement", audience: "insp",
      text: "Does the case manager understand local risk of harm policies and procedures?",
      phrase: "a case manager who understands local risk of harm procedures",
      terms: ["risk procedures", "rosh procedures", "risk of harm procedures", "risk policies"],
    },
    {
      id: "cm.safeguarding_procedures", kind: "judgement", audience: "insp",
      text: "Does the case manager understand local safeguarding policies and procedures?",
      phrase: "a case manager who understands local safeguarding procedures",
      terms: ["safeguarding procedures", "safeguarding policies"],
    },
    {
      id: "cm.confident_in_manager", kind: "judgement", audience: "insp",
      text: "Does the case manager express confidence in their line manager?",
      phrase: "a case manager confident in their line manager",
      terms: ["confidence in manager", "confident in manager", "confidence in line manager", "trust their manager"],
    },
  ],
};
