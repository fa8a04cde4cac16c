import { defineFramework } from "../core/framework/define.ts";

/** HMI Probation's Short Quality Screening of youth offending work, as used in the Dorset
 * inspection of September 2016. Ids, kinds, audiences and rules are fixed by
 * shared/spec/sqs-youth-2016.md (a public contract); the wording is ours. */

const yesIf = (question: string) => [{ question, in: ["yes"] }];
const MEDIUM_OR_ABOVE = ["medium", "high", "very_high"];
const OVERSIGHT = [
  { id: "effective", label: "Effective", phrase: "was effective", positive: true, terms: ["effective", "good", "sufficient"] },
  { id: "ineffective", label: "Not effective", phrase: "was not effective", terms: ["ineffective", "not effective", "poor", "insufficient"] },
  { id: "none", label: "None", phrase: "was absent", terms: ["none", "no oversight", "absent", "missing", "lacking"] },
];

export const sqsYouth2016 = defineFramework({
  id: "sqs-youth-2016",
  name: "Short Quality Screening of youth offending work (2016)",
  filters: ["profile.sentence", "profile.rosh_level"],
  improvementBelow: 75,
  quantifiers: [
    { word: "none", max: 0 },
    { word: "all", min: 100 },
    { word: "all but one", shortOf: 1, minDenominator: 5 },
    { word: "nearly all", min: 90 },
    { word: "most", min: 75 },
    { word: "half", min: 50, max: 50 },
    { word: "the majority", min: 50 },
    { word: "a minority", min: 15 },
    { word: "few", min: 0 },
  ],
  sections: [
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
      id: "ss",
      title: "Making sure the sentence is served",
      short: "sentence",
      terms: ["sentence served", "serving the sentence", "compliance", "engagement", "making sure the sentence is served"],
      questions: [
        {
          id: "ss.diversity", kind: "judgement", audience: "insp",
          text: "Were diversity factors and barriers to engagement explored and understood?",
          phrase: "diversity factors and barriers to engagement explored and understood",
          terms: ["diversity", "barriers", "barriers to engagement", "diversity factors"],
        },
        {
          id: "ss.parents_involved", kind: "judgement", audience: "insp",
          text: "Were parents or carers and other important people involved in planning how to engage the child?",
          phrase: "parents or carers involved in planning engagement",
          terms: ["parents", "carers", "parents involved", "family involvement", "significant others"],
        },
        {
          id: "ss.planning_collaborative", kind: "judgement", audience: "insp",
          text: "Was planning done together with the child and family, taking account of diversity needs?",
          phrase: "collaborative planning that took account of diversity needs",
          terms: ["collaborative planning", "planning collaborative", "collaboration", "joint planning"],
        },
        {
          id: "ss.compliance_support", kind: "judgement", audience: "insp",
          text: "Was every reasonable effort made to help the child comply?",
          phrase: "every reasonable effort to help the child comply",
          terms: ["compliance", "compliance support", "help to comply", "support to comply"],
        },
        {
          id: "ss.enforcement_expected", kind: "gate", audience: "insp",
          text: "Was enforcement action necessary?",
          phrase: "enforcement action was necessary",
          terms: ["enforcement", "enforcement needed", "enforcement action", "breach"],
        },
        {
          id: "ss.returned_to_court", kind: "judgement", audience: "insp", applies: yesIf("ss.enforcement_expected"),
          text: "Was the case returned to court?",
          phrase: "a return to court", population: "cases where enforcement was necessary",
          terms: ["returned to court", "back to court", "breached", "court return"],
        },
      ],
    },
    {
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
    },
  ],
  derived: [
    {
      id: "rosh.rmp_missing", section: "rosh",
      phrase: "no clear risk management plan",
      population: "cases of medium or higher risk of serious harm",
      of: [{ question: "profile.rosh_level", in: MEDIUM_OR_ABOVE }],
      where: [{ question: "rosh.rmp", in: ["no"] }],
      adverse: true,
      terms: ["missing rmp", "no risk management plan", "without a risk management plan", "rmp missing", "missing risk management plans"],
    },
  ],
  rules: [
    {
      id: "planning_without_rmp",
      message: "Planning to manage the risk of harm is judged sufficient, but there is no clear risk management plan for a medium or higher risk case.",
      when: [
        { question: "profile.rosh_level", in: MEDIUM_OR_ABOVE },
        { question: "rosh.rmp", in: ["no"] },
        { question: "rosh.planning", in: ["yes"] },
      ],
    },
    {
      id: "plan_updated_without_review",
      message: "The plan is recorded as updated, but the review of offending was judged not sufficient.",
      when: [
        { question: "rr.review", in: ["no"] },
        { question: "rr.plan_updated", in: ["yes"] },
      ],
    },
    {
      id: "custody_question_on_community_case",
      message: "Custody planning is answered on a community case.",
      when: [
        { question: "profile.sentence", in: ["community"] },
        { question: "sv.custody_planning", answered: true },
      ],
    },
  ],
});
