import { defineFramework } from "../core/framework/define.ts";
import { MEDIUM_OR_ABOVE } from "./sqs-youth-2016/shared.ts";
import { profile } from "./sqs-youth-2016/profile.ts";
import { reducingReoffending } from "./sqs-youth-2016/reducing-reoffending.ts";
import { protectingThePublic } from "./sqs-youth-2016/protecting-the-public.ts";
import { protectingTheChild } from "./sqs-youth-2016/protecting-the-child.ts";
import { sentenceServed } from "./sqs-youth-2016/sentence-served.ts";
import { caseManagerInterview } from "./sqs-youth-2016/case-manager-interview.ts";

/** HMI Probation's Short Quality Screening of youth offending work, as used in the Dorset
 * inspection of September 2016. Ids, kinds, audiences and rules are fixed by
 * shared/spec/sqs-youth-2016.md (a public contract); the wording is ours. Each section is a file
 * in sqs-youth-2016/. */
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
    profile, reducingReoffending, protectingThePublic, protectingTheChild, sentenceServed, caseManagerInterview,
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
  // ---- vocabulary: this framework's own words for its ideas (schema field `vocabulary`) ----
  // Read before matching a question, on top of core's general words: "risk of harm" is "RoSH"
  // here, a "court report" a PSR. A framework without them does not know them.
  vocabulary: {
    rewrites: [
      ["risk of serious harm", "rosh"],
      ["risk of harm", "rosh"],
      ["risks of harm", "rosh"],
      ["pre sentence report", "psr"],
      ["presentence report", "psr"],
      ["risk management plan", "rmp"],
      ["risk managment plan", "rmp"],
      ["safeguarding and vulnerability", "safeguarding"],
      ["vulnerability and safeguarding", "safeguarding"],
      ["danger to others", "rosh"],
      ["danger to other people", "rosh"],
      ["danger to the public", "rosh"],
      ["risk to others", "rosh"],
      ["risk to other people", "rosh"],
      ["risk to the public", "rosh"],
      ["risks to others", "rosh"],
      ["harm to others", "rosh"],
      ["harm to other people", "rosh"],
      ["public safety", "rosh"],
      ["court report", "psr"],
      ["court reports", "psr"],
      ["report for the court", "psr"],
      ["reports for the court", "psr"],
      ["report for court", "psr"],
      ["reports for court", "psr"],
      ["child protection", "safeguarding"],
      ["make amends", "reparation"],
      ["making amends", "reparation"],
      ["pay back", "reparation"],
      ["time inside", "custody"],
      ["stick to", "comply"],
      ["keep to", "comply"],
      ["what works", "effective practice"],
      ["manager look at", "manager oversight"],
      ["manager looking at", "manager oversight"],
    ],
    synonyms: {
      vulnerability: "safeguarding",
      vulnerabilities: "safeguarding",
      safeguard: "safeguarding",
      rmps: "rmp",
      psrs: "psr",
      danger: "rosh",
      dangerous: "rosh",
      safety: "safeguarding",
      safe: "safeguarding",
      wellbeing: "safeguarding",
      welfare: "safeguarding",
      vulnerable: "safeguarding",
      amends: "reparation",
      payback: "reparation",
      supervision: "oversight",
      supervising: "oversight",
      supervise: "oversight",
      supervised: "oversight",
      overseeing: "oversight",
      oversee: "oversight",
      oversaw: "oversight",
      overseen: "oversight",
      check: "oversight",
      checked: "oversight",
      checking: "oversight",
      checks: "oversight",
      mums: "parents",
      mum: "parent",
      dads: "parents",
      dad: "parent",
      families: "parents",
      family: "parents",
      together: "collaborative",
      jointly: "collaborative",
    },
  },
  // ---- end of vocabulary ----
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
