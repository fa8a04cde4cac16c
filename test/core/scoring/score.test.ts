import { describe, expect, it } from "vitest";
import { metricDefs } from "../../../src/core/scoring/metrics.ts";
import { scoreInspection, type ScoredCase } from "../../../src/core/scoring/score.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { IMPORTED_AT, loadDorset } from "../../support/dorset.ts";

const figure = (id: string, cases: readonly ScoredCase[]) => {
  const m = scoreInspection(sqsYouth2016, cases, [id])[0];
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};

/** Dorset with some answers taken away, as if the inspection were still in progress. */
const without = (cases: ScoredCase[], ref: string, ...questions: string[]): ScoredCase[] =>
  cases.map((c) => (c.ref !== ref ? c : { ...c, answers: Object.fromEntries(Object.entries(c.answers).filter(([q]) => !questions.includes(q))) }));

const answer = (question: string, value: string | string[]) => ({ question, value, by: "import", at: IMPORTED_AT });

describe("scoring", () => {
  const dorset = loadDorset();

  it("names the cases behind the numerator and the rest, so any figure can be drilled into", () => {
    const m = figure("rosh.review", dorset);
    expect(m.cases).toEqual({ numerator: ["D03", "D08", "D11", "D16", "D17"], rest: ["D02", "D05", "D07", "D13", "D19"] });
    expect(m).toMatchObject({ numerator: 5, denominator: 10, percent: 50, quantifier: "half", not_applicable: 10, unanswered: 0 });
  });

  it("counts na answers as not applicable, out of the denominator", () => {
    expect(figure("rosh.other_risks", dorset)).toMatchObject({ numerator: 4, denominator: 6, not_applicable: 14 });
  });

  it("counts questions not yet answered apart from those that do not apply", () => {
    const partial = without(without(dorset, "D03", "rosh.review"), "D04", "rosh.review_expected");
    // D03: the review was expected but is not judged yet. D04: we do not know yet whether one was expected.
    expect(figure("rosh.review", partial)).toMatchObject({ numerator: 4, denominator: 9, unanswered: 2, not_applicable: 9 });
    expect(figure("rosh.review_expected", partial)).toMatchObject({ numerator: 10, denominator: 19, unanswered: 1 });
  });

  it("gives one figure per option of a choice, over the cases where it applies", () => {
    const ids = ["rosh.oversight=effective", "rosh.oversight=ineffective", "rosh.oversight=none"];
    const figures = scoreInspection(sqsYouth2016, dorset, ids);
    expect(figures.map((m) => [m.id, m.numerator, m.denominator])).toEqual([
      ["rosh.oversight=effective", 4, 12],
      ["rosh.oversight=ineffective", 6, 12],
      ["rosh.oversight=none", 2, 12],
    ]);
    expect(figures[1]!.label).toBe("Management oversight of public protection work was not effective");
  });

  it("counts a multi answer under each option chosen", () => {
    expect(figure("rr.planning_gaps=late", dorset)).toMatchObject({ numerator: 3, denominator: 7, cases: { numerator: ["D05", "D07", "D14"] } });
    expect(figure("rr.planning_gaps=wrong_priorities", dorset).cases.numerator).toContain("D07");
  });

  describe("the derived metric rosh.rmp_missing", () => {
    it("counts medium or higher risk cases with no clear risk management plan", () => {
      const m = figure("rosh.rmp_missing", dorset);
      expect(m).toMatchObject({ numerator: 7, denominator: 10, not_applicable: 10, cases: { rest: ["D03", "D11", "D16"] } });
      expect(m.label).toBe("No clear risk management plan");
    });

    it("is pending while the plan is not judged, and not applicable to low risk cases", () => {
      const partial = without(dorset, "D02", "rosh.rmp");
      expect(figure("rosh.rmp_missing", partial)).toMatchObject({ numerator: 6, denominator: 9, unanswered: 1 });
      const unprofiled = without(dorset, "D01", "profile.rosh_level", "rosh.planning");
      expect(figure("rosh.rmp_missing", unprofiled)).toMatchObject({ unanswered: 1, not_applicable: 9 });
    });

    it("follows a case whose risk level is lowered: its plan is set aside and it leaves the figure", () => {
      const lowered = dorset.map((c) => (c.ref === "D05" ? { ...c, answers: { ...c.answers, "profile.rosh_level": answer("profile.rosh_level", "low") } } : c));
      expect(figure("rosh.rmp_missing", lowered)).toMatchObject({ numerator: 6, denominator: 9 });
      expect(figure("rosh.rmp", lowered)).toMatchObject({ numerator: 3, denominator: 9 });
    });

    it("leaves out a case whose plan is judged not applicable, as rosh.rmp itself does", () => {
      const judgedNa = dorset.map((c) => (c.ref === "D03" ? { ...c, answers: { ...c.answers, "rosh.rmp": answer("rosh.rmp", "na") } } : c));
      expect(figure("rosh.rmp_missing", judgedNa)).toMatchObject({ numerator: 7, denominator: 9, not_applicable: 11 });
      expect(figure("rosh.rmp", judgedNa)).toMatchObject({ numerator: 2, denominator: 9 });
    });
  });

  it("ignores answers to questions that do not apply (they are set aside, not counted)", () => {
    const imported = dorset.map((c) => (c.ref === "D01" ? { ...c, answers: { ...c.answers, "sv.custody_planning": answer("sv.custody_planning", "no") } } : c));
    expect(figure("sv.custody_planning", imported)).toMatchObject({ numerator: 3, denominator: 3, not_applicable: 17 });
  });

  it("has no percent or word when nothing is counted yet", () => {
    const fresh = [{ ref: "D01", answers: {} }];
    expect(figure("rosh.review", fresh)).toMatchObject({ numerator: 0, denominator: 0, percent: null, quantifier: null, unanswered: 1 });
  });

  it("scores every metric of the framework, in order, or only those asked for", () => {
    const all = scoreInspection(sqsYouth2016, dorset);
    expect(all.map((m) => m.id)).toEqual(metricDefs(sqsYouth2016).map((d) => d.id));
    expect(all).toHaveLength(55); // 36 judgements and gates, 18 options, 1 derived
    expect(scoreInspection(sqsYouth2016, dorset, ["rr.review", "rr.review_expected"]).map((m) => m.id)).toEqual(["rr.review_expected", "rr.review"]);
  });

  it("rounds percents to whole numbers", () => {
    expect(figure("rr.planning", dorset).percent).toBe(63); // 12 of 19 = 63.2%
    expect(figure("rr.psr_quality", dorset).percent).toBe(88); // 7 of 8 = 87.5%
  });
});
