import { yesIf, MEDIUM_OR_ABOVE, OVERSIGHT, type SectionInput } from "./shared.ts";

/** 2. Protecting the public: ids, kinds, audiences and rules as shared/spec/sqs-youth-2016.md fixes them. */
export const protectingThePublic: SectionInput = {
  id: "rosh",
  title: "Protecting the public",
  short: "public",
  terms: ["protecting the public", "public protection", "risk of harm", "rosh", "risk of serious harm", "harm to others", "risk", "risks"],
  questions: [
    {
      id: "rosh.assessment", kind: "judgement", audience: "insp",
      text: "Was enough done to understand and explain the risk of harm the child poses to others?",
      phrase: "sufficient effort to understand and explain the risk of harm to others",
      terms: ["assessment", "risk assessment", "risk of harm assessment", "rosh assessment", "understand the risk of harm", "explain the risk of harm"],
    },
    {
      id: "rosh.assessment_gaps", kind: "multi", audience: "insp", applies: [{ question: "rosh.assessment", in: ["no"] }],
      text: "Why did the risk of harm assessment fall short? Choose all that apply.",
      options: [
        { id: "victims_not_considered", label: "Victims not considered", phrase: "potential victims were not considered", terms: ["victims", "victims not considered", "potential victims"] },
        { id: "late", label: "Done too late", phrase: "it was done too late", terms: ["late", "too late", "not early enough", "not completed early enough"] },
        { id: "not_done", label: "Not done", phrase: "it had not been done", terms: ["not done", "not completed", "missing"] },
      ],
      phrase: "the risk of harm assessment fell short because", population: "cases where the assessment was not sufficient",
      terms: ["assessment gaps", "why the assessment fell short", "assessment shortfalls"],
    },
    {
      id: "rosh.planning", kind: "judgement", audience: "insp",
      text: "Was there enough planning at the start to manage the risk of harm?",
      phrase: "sufficient planning to manage the risk of harm",
      terms: ["planning", "risk planning", "risk of harm planning", "rosh planning", "planning to manage risk", "plan", "plans", "planning to manage the risk of harm"],
    },
    {
      id: "rosh.rmp", kind: "judgement", audience: "insp", applies: [{ question: "profile.rosh_level", in: MEDIUM_OR_ABOVE }],
      text: "Is there a clear risk management plan?",
      phrase: "a clear risk management plan", population: "cases of medium or higher risk of serious harm",
      terms: ["rmp", "rmps", "risk management plan", "risk management plans"],
    },
    {
      id: "rosh.other_risks", kind: "judgement", audience: "insp",
      text: "Were serious risks not linked to the offence looked into and given priority?",
      phrase: "serious risks unrelated to the offence investigated and prioritised",
      terms: ["other risks", "unrelated risks", "risks not related to the offence"],
    },
    {
      id: "rosh.review_expected", kind: "gate", audience: "insp",
      text: "Did changes call for a review of the risk of harm?",
      phrase: "a review of the risk of harm was warranted",
      terms: ["review expected", "review needed", "review warranted", "needed a review"],
    },
    {
      id: "rosh.review", kind: "judgement", audience: "insp", applies: yesIf("rosh.review_expected"),
      text: "Was the review of the risk of harm good enough?",
      phrase: "a sufficient review of the risk of harm", population: "cases where a review was expected",
      terms: ["review", "reviews", "risk review", "risk reviews", "rosh review", "review of risk"],
    },
    {
      id: "rosh.oversight_expected", kind: "gate", audience: "insp",
      text: "Did the case need management oversight of the work to protect the public?",
      phrase: "management oversight of public protection work was needed",
      terms: ["oversight needed", "oversight expected", "needed oversight", "needed management oversight"],
    },
    {
      id: "rosh.oversight", kind: "choice", audience: "insp", applies: yesIf("rosh.oversight_expected"),
      text: "How was that management oversight?",
      options: OVERSIGHT,
      phrase: "management oversight of public protection work", population: "cases where oversight was needed",
      terms: ["oversight", "management oversight", "manager oversight", "line management"],
    },
  ],
};
