import { yesIf, OVERSIGHT, type SectionInput } from "./shared.ts";

/** 3. Protecting the child or young person: ids, kinds, audiences and rules as shared/spec/sqs-youth-2016.md fixes them. */
export const protectingTheChild: SectionInput = {
  id: "sv",
  title: "Protecting the child or young person",
  short: "child",
  terms: ["protecting the child", "safeguarding", "vulnerability", "safeguarding and vulnerability", "protecting the young person"],
  questions: [
    {
      id: "sv.psr_addressed", kind: "judgement", audience: "insp", applies: yesIf("profile.psr"),
      text: "Did the pre-sentence report deal thoroughly with safeguarding and vulnerability?",
      phrase: "a pre-sentence report that addressed safeguarding and vulnerability thoroughly", population: "cases with a pre-sentence report",
      terms: ["psr safeguarding", "psr addressed safeguarding", "pre-sentence report safeguarding"],
    },
    {
      id: "sv.assessment", kind: "judgement", audience: "insp",
      text: "Was enough done to understand the child's safeguarding and vulnerability needs?",
      phrase: "sufficient effort to understand safeguarding and vulnerability needs",
      terms: ["assessment", "safeguarding assessment", "vulnerability assessment", "understand safeguarding", "safeguarding needs", "vulnerability needs"],
    },
    {
      id: "sv.review_expected", kind: "gate", audience: "insp",
      text: "Did changes call for a review of safeguarding and vulnerability?",
      phrase: "a review of safeguarding and vulnerability was warranted",
      terms: ["review expected", "review needed", "review warranted", "needed a review"],
    },
    {
      id: "sv.review", kind: "judgement", audience: "insp", applies: yesIf("sv.review_expected"),
      text: "Was that review good enough?",
      phrase: "a sufficient review of safeguarding and vulnerability", population: "cases where a review was expected",
      terms: ["review", "reviews", "safeguarding review", "vulnerability review"],
    },
    {
      id: "sv.planning", kind: "judgement", audience: "insp",
      text: "Was there enough planning at the start to address safeguarding and vulnerability?",
      phrase: "sufficient planning to address safeguarding and vulnerability",
      terms: ["planning", "safeguarding planning", "vulnerability planning", "plan", "plans", "safeguarding plan", "safeguarding plans", "vulnerability plan"],
    },
    {
      id: "sv.plan_update_expected", kind: "gate", audience: "insp",
      text: "Should the safeguarding plan have been updated?",
      phrase: "the safeguarding plan should have been updated",
      terms: ["plan update expected", "plan update needed", "update needed", "should have been updated"],
    },
    {
      id: "sv.plan_updated", kind: "judgement", audience: "insp", applies: yesIf("sv.plan_update_expected"),
      text: "Was it updated?",
      phrase: "the safeguarding plan updated", population: "cases where it should have been",
      terms: ["plan updated", "plans updated", "updated plan", "plan update"],
    },
    {
      id: "sv.custody_planning", kind: "judgement", audience: "insp", applies: [{ question: "profile.sentence", in: ["custody"] }],
      text: "Was there enough planning for safeguarding and vulnerability throughout the time in custody?",
      phrase: "sufficient planning throughout the custodial period", population: "custody cases",
      terms: ["custody planning", "custodial planning", "planning in custody", "custodial period"],
    },
    {
      id: "sv.oversight_expected", kind: "gate", audience: "insp",
      text: "Did the case need management oversight of safeguarding?",
      phrase: "management oversight of safeguarding was needed",
      terms: ["oversight needed", "oversight expected", "needed oversight", "needed management oversight"],
    },
    {
      id: "sv.oversight", kind: "choice", audience: "insp", applies: yesIf("sv.oversight_expected"),
      text: "How was that management oversight?",
      options: OVERSIGHT,
      phrase: "management oversight of safeguarding", population: "cases where oversight was needed",
      terms: ["oversight", "management oversight", "manager oversight", "line management"],
    },
  ],
};
