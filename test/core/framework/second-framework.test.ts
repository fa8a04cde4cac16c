import { describe, expect, it } from "vitest";
import { defineFramework, questionsOf } from "../../../src/core/framework/define.ts";
import type { Inspection } from "../../../src/core/records.ts";
import { filterCases } from "../../../src/core/scoring/filter.ts";
import { scoreInspection, type ScoredCase } from "../../../src/core/scoring/score.ts";
import { summarise } from "../../../src/core/summary/summary.ts";
import { summaryText } from "../../../src/core/summary/text.ts";
import { scenario, type Scenario } from "../../support/scenario.ts";

/** Two standards in the style of the inspectorate's 2018 youth standards, written only as
 * data: a new framework must need no new code. The quantifier bands double as its ratings. */
const standards2018 = defineFramework({
  id: "youth-standards-2018-sample",
  name: "Youth standards 2018 (sample)",
  filters: ["case.disposal"],
  improvementBelow: 65,
  quantifiers: [
    { word: "outstanding", min: 80 },
    { word: "good", min: 65 },
    { word: "requires improvement", min: 50 },
    { word: "inadequate", min: 0 },
  ],
  sections: [
    {
      id: "case",
      title: "The case",
      short: "case",
      inSummary: false,
      questions: [
        {
          id: "case.disposal",
          kind: "choice",
          audience: "cm",
          text: "Court or out-of-court disposal?",
          phrase: "the disposal was",
          options: [
            { id: "court", label: "Court" },
            { id: "out_of_court", label: "Out of court" },
          ],
        },
      ],
    },
    {
      id: "assessment",
      title: "2.1 Assessment",
      short: "assessment",
      questions: [
        {
          id: "assessment.desistance",
          kind: "judgement",
          audience: "insp",
          text: "Does assessment analyse how to support the child's desistance?",
          phrase: "assessment that supports desistance",
        },
        {
          id: "assessment.safety",
          kind: "judgement",
          audience: "insp",
          text: "Does assessment keep the child safe?",
          phrase: "assessment that keeps the child safe",
        },
      ],
    },
    {
      id: "reviewing",
      title: "2.4 Reviewing",
      short: "reviewing",
      questions: [
        { id: "reviewing.changes", kind: "gate", audience: "insp", text: "Did changes call for a review?", phrase: "changes called for a review" },
        {
          id: "reviewing.desistance",
          kind: "judgement",
          audience: "insp",
          applies: [{ question: "reviewing.changes", in: ["yes"] }],
          text: "Did reviewing support the child's desistance?",
          phrase: "reviewing that supports desistance",
          population: "cases that needed a review",
        },
        {
          id: "reviewing.shortfalls",
          kind: "multi",
          audience: "insp",
          applies: [{ question: "reviewing.desistance", in: ["no"] }],
          text: "Where did reviewing fall short?",
          phrase: "reviewing fell short because",
          population: "cases where reviewing fell short",
          options: [
            { id: "late", label: "Late", phrase: "it was late" },
            { id: "child_not_involved", label: "Child not involved", phrase: "the child was not involved" },
          ],
        },
      ],
    },
  ],
  rules: [
    {
      id: "review_without_changes",
      message: "Reviewing is judged although no changes called for it.",
      when: [
        { question: "reviewing.changes", in: ["no"] },
        { question: "reviewing.desistance", answered: true },
      ],
    },
  ],
});

const walkCase = (ref: string, values: Record<string, string | string[]>): [Scenario, string[]] => {
  const s = scenario(standards2018, ref);
  return [s, s.walk(values)];
};

describe("a second framework, as data only", () => {
  it("asks its questions in order and skips a follow-up of a follow-up when the gate is no", () => {
    const [s, asked] = walkCase("Y01", { "case.disposal": "court", "assessment.desistance": "yes", "assessment.safety": "yes", "reviewing.changes": "no" });
    expect(asked).toEqual(["case.disposal", "assessment.desistance", "assessment.safety", "reviewing.changes"]);
    expect(s.stateOf("reviewing.shortfalls")).toBe("not_applicable");
    expect(s.progress()).toMatchObject({ answered: 4, total: 4, complete: true });
    expect(s.prompt().kind).toBe("complete");
  });

  it("asks why reviewing fell short only when it did", () => {
    const [, fine] = walkCase("Y02", {
      "case.disposal": "court",
      "assessment.desistance": "yes",
      "assessment.safety": "no",
      "reviewing.changes": "yes",
      "reviewing.desistance": "yes",
    });
    expect(fine).not.toContain("reviewing.shortfalls");
    const [, short] = walkCase("Y03", {
      "case.disposal": "out_of_court",
      "assessment.desistance": "no",
      "assessment.safety": "yes",
      "reviewing.changes": "yes",
      "reviewing.desistance": "no",
      "reviewing.shortfalls": ["late", "child_not_involved"],
    });
    expect(short.at(-1)).toBe("reviewing.shortfalls");
  });

  it("sets the follow-ups aside when the gate changes to no, and flags the judgement that no longer fits", () => {
    const [s] = walkCase("Y04", {
      "case.disposal": "court",
      "assessment.desistance": "yes",
      "assessment.safety": "yes",
      "reviewing.changes": "yes",
      "reviewing.desistance": "no",
      "reviewing.shortfalls": ["late"],
    });
    s.change("reviewing.changes", "no", "misread the dates");
    expect(s.setAside()).toEqual(["reviewing.desistance", "reviewing.shortfalls"]);
    expect(s.progress().complete).toBe(true);
    // The rule reads what is stored, including set-aside answers.
    expect(s.flags().map((f) => f.rule)).toEqual(["review_without_changes"]);
  });

  const inspection: Inspection = {
    id: "sample-2018",
    name: "Sample 2018",
    framework: standards2018.id,
    createdAt: "2018-06-01T09:00:00.000Z",
    createdBy: "test",
  };
  const cases: ScoredCase[] = [
    walkCase("Y01", { "case.disposal": "court", "assessment.desistance": "yes", "assessment.safety": "yes", "reviewing.changes": "no" })[0],
    walkCase("Y02", {
      "case.disposal": "court",
      "assessment.desistance": "yes",
      "assessment.safety": "no",
      "reviewing.changes": "yes",
      "reviewing.desistance": "yes",
    })[0],
    walkCase("Y03", {
      "case.disposal": "out_of_court",
      "assessment.desistance": "no",
      "assessment.safety": "yes",
      "reviewing.changes": "yes",
      "reviewing.desistance": "no",
      "reviewing.shortfalls": ["late"],
    })[0],
    walkCase("Y04", {
      "case.disposal": "court",
      "assessment.desistance": "yes",
      "assessment.safety": "yes",
      "reviewing.changes": "yes",
      "reviewing.desistance": "no",
      "reviewing.shortfalls": ["late", "child_not_involved"],
    })[0],
  ].map((s) => ({ ref: s.case.ref, answers: s.raw() }));

  it("scores its metrics, with its own words", () => {
    const byId = new Map(scoreInspection(standards2018, cases).map((m) => [m.id, m]));
    expect(byId.get("assessment.desistance")).toMatchObject({
      numerator: 3,
      denominator: 4,
      quantifier: "good",
      cases: { numerator: ["Y01", "Y02", "Y04"], rest: ["Y03"] },
    });
    expect(byId.get("reviewing.desistance")).toMatchObject({ numerator: 1, denominator: 3, not_applicable: 1, quantifier: "inadequate" });
    expect(byId.get("reviewing.shortfalls=late")).toMatchObject({ numerator: 2, denominator: 2, not_applicable: 2 });
    expect(byId.get("case.disposal=court")).toMatchObject({ numerator: 3, denominator: 4 });
    const court = scoreInspection(standards2018, filterCases(standards2018, cases, { answers: { "case.disposal": ["court"] } }), ["assessment.desistance"]);
    expect(court[0]).toMatchObject({ numerator: 3, denominator: 3, quantifier: "outstanding" });
  });

  it("rates a standard from its lowest key question, using only the framework's data", () => {
    const keyQuestions = questionsOf(standards2018)
      .filter((q) => q.kind === "judgement")
      .map((q) => q.id);
    const rating = (section: string) => {
      const figures = scoreInspection(standards2018, cases, keyQuestions).filter((m) => m.section === section && m.denominator > 0);
      return figures.reduce((low, m) => (m.percent! < low.percent! ? m : low)).quantifier;
    };
    expect(rating("assessment")).toBe("good");
    expect(rating("reviewing")).toBe("inadequate");
  });

  it("summarises by its own sections, with its own areas needing improvement", () => {
    const summary = summarise(standards2018, inspection, cases);
    expect(summary.sections.map((s) => s.title)).toEqual(["2.1 Assessment", "2.4 Reviewing"]);
    const text = summaryText(summary);
    expect(text).toContain("1. 2.1 Assessment");
    expect(text).toContain("Reviewing that supports desistance in 1 of the 3 cases that needed a review (33%, inadequate).");
    expect(text).toContain("Assessment that supports desistance in 3 of the 4 applicable cases (75%, good).");
    expect(summary.improvements.map((m) => m.id)).toEqual(["reviewing.desistance"]);
    expect(summary.cases).toMatchObject({ total: 4, complete: 4 });
  });
});
