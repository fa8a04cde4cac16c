import { yesIf, type SectionInput } from "./shared.ts";

/** 1. Reducing reoffending: ids, kinds, audiences and rules as shared/spec/sqs-youth-2016.md fixes them. */
export const reducingReoffending: SectionInput = {
  id: "rr",
  title: "Reducing reoffending",
  short: "reoffending",
  terms: ["reoffending", "re-offending", "reducing reoffending", "offending"],
  questions: [
    {
      id: "rr.assessment", kind: "judgement", audience: "insp",
      text: "Was enough done to understand why the child offended and what would make it less likely to happen again?",
      phrase: "sufficient effort to understand why the child offended and what would reduce it",
      terms: ["assessment", "offending assessment", "understand why they offended", "reasons for offending"],
    },
    {
      id: "rr.psr_quality", kind: "judgement", audience: "insp", applies: yesIf("profile.psr"),
      text: "Was the pre-sentence report good enough: reasons for offending, risk of harm and safeguarding all covered?",
      phrase: "a pre-sentence report of sufficient quality", population: "cases with a pre-sentence report",
      terms: ["psr quality", "quality of the psr", "pre-sentence report quality", "psr", "pre-sentence report"],
    },
    {
      id: "rr.panel_report_quality", kind: "judgement", audience: "insp", applies: yesIf("profile.panel_report"),
      text: "Was the referral order panel report good enough?",
      phrase: "a panel report of sufficient quality", population: "cases with a panel report",
      terms: ["panel report quality", "quality of the panel report", "panel report"],
    },
    {
      id: "rr.planning", kind: "judgement", audience: "insp",
      text: "Was there enough planning to reduce the likelihood of reoffending?",
      phrase: "sufficient planning to reduce the likelihood of reoffending",
      terms: ["planning", "plan", "planning to reduce reoffending", "intervention plan"],
    },
    {
      id: "rr.planning_gaps", kind: "multi", audience: "insp", applies: [{ question: "rr.planning", in: ["no"] }],
      text: "Why did the planning fall short? Choose all that apply.",
      options: [
        { id: "not_done", label: "Not done", phrase: "it had not been done", terms: ["not done", "not completed", "missing"] },
        { id: "late", label: "Done too late", phrase: "it was done too late", terms: ["late", "too late", "delayed"] },
        { id: "wrong_priorities", label: "Wrong priorities", phrase: "it focused on the wrong priorities", terms: ["wrong priorities", "wrong focus", "priorities"] },
      ],
      phrase: "planning fell short because", population: "cases where planning was not sufficient",
      terms: ["planning gaps", "why planning fell short", "planning shortfalls"],
    },
    {
      id: "rr.review_expected", kind: "gate", audience: "insp",
      text: "Did the child's circumstances change enough to call for a review of their offending?",
      phrase: "a review of the reasons for offending was warranted",
      terms: ["review expected", "review needed", "review warranted", "needed a review"],
    },
    {
      id: "rr.review", kind: "judgement", audience: "insp", applies: yesIf("rr.review_expected"),
      text: "Was the review of why the child offended, and what would reduce it, good enough?",
      phrase: "a sufficient review of the reasons for offending", population: "cases where a review was expected",
      terms: ["review", "reviews", "reoffending review", "review of offending"],
    },
    {
      id: "rr.plan_updated", kind: "judgement", audience: "insp", applies: yesIf("rr.review_expected"),
      text: "Was the plan updated as needed after the change?",
      phrase: "the plan updated as necessary", population: "cases where a review was expected",
      terms: ["plan updated", "plans updated", "updated plan", "plan update"],
    },
    {
      id: "rr.reparation", kind: "judgement", audience: "insp",
      text: "Was reparation part of the work with the child?",
      phrase: "reparation delivered as part of the interventions",
      terms: ["reparation", "restorative", "reparation activities"],
    },
  ],
};
