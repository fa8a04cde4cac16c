import { yesIf, type SectionInput } from "./shared.ts";

/** 4. Making sure the sentence is served: ids, kinds, audiences and rules as shared/spec/sqs-youth-2016.md fixes them. */
export const sentenceServed: SectionInput = {
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
};
