import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { questionsOf } from "../../src/core/framework/define.ts";
import { caseState, progressOf } from "../../src/core/interview/case-state.ts";
import { flagsFor } from "../../src/core/scoring/flags.ts";
import { scoreInspection, type Metric } from "../../src/core/scoring/score.ts";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { DORSET_CSV, loadDorset } from "../support/dorset.ts";

/** Every figure the Dorset SQS report of 12 October 2016 states, as tabled in
 * shared/spec/sqs-youth-2016.md, and the words-only figures as fixtures/README.md chose them. */
const cases = loadDorset();
const metrics = new Map(scoreInspection(sqsYouth2016, cases).map((m) => [m.id, m]));
const metric = (id: string): Metric => {
  const m = metrics.get(id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};

type Row = [report: string, id: string, numerator: number, denominator: number, word?: string];

const STATED: Row[] = [
  ["1.1", "rr.assessment", 18, 20, "nearly all"],
  ["1.2", "profile.psr", 8, 20],
  ["1.2", "rr.psr_quality", 7, 8, "all but one"],
  ["1.3", "rr.planning", 12, 19],
  ["1.4", "rr.review_expected", 12, 20],
  ["1.4", "rr.review", 5, 12],
  ["1.4", "rr.plan_updated", 4, 12],
  ["2.1", "rosh.assessment", 12, 19],
  ["2.2", "rosh.planning", 9, 16],
  ["2.4", "rosh.review_expected", 10, 20],
  ["2.4", "rosh.review", 5, 10, "half"],
  ["2.6", "rosh.oversight_expected", 12, 20],
  ["2.6", "rosh.oversight=none", 2, 12],
  ["2.6", "rosh.oversight=ineffective", 6, 12],
  ["2.6", "rosh.oversight=effective", 4, 12],
  ["3.1", "sv.assessment", 17, 20],
  ["3.2", "sv.review_expected", 9, 20],
  ["3.2", "sv.review", 3, 9],
  ["3.3", "sv.planning", 13, 19],
  ["3.3", "sv.plan_update_expected", 10, 20],
  ["3.3", "sv.plan_updated", 5, 10],
  ["3.4", "profile.sentence=custody", 3, 20],
  ["3.4", "sv.custody_planning", 3, 3, "all"],
  ["3.6", "sv.oversight_expected", 13, 20],
  ["3.6", "sv.oversight=effective", 7, 13],
  ["4.1", "ss.diversity", 19, 20, "all but one"],
  ["4.3", "ss.enforcement_expected", 3, 20],
  ["4.3", "ss.returned_to_court", 3, 3, "all"],
  ["1.7", "cm.effective_practice", 20, 20, "all"],
];

/** Figures the report gives only in words; the counts are ours, the word is the report's. */
const IN_WORDS: Row[] = [
  ['1.2 "generally of a good quality"', "rr.panel_report_quality", 6, 8, "most"],
  ['1.5 "nearly always"', "rr.reparation", 18, 20, "nearly all"],
  ['2.3 "not always"', "rosh.other_risks", 4, 6, "the majority"],
  ['2.5 "all of the case managers"', "cm.rosh_procedures", 20, 20, "all"],
  ['3.1 "nearly all pre-sentence reports"', "sv.psr_addressed", 7, 8, "all but one"],
  ['3.5 "nearly all staff"', "cm.safeguarding_procedures", 18, 20, "nearly all"],
  ['4.1 "in nearly all cases"', "ss.parents_involved", 18, 20, "nearly all"],
  ['4.2 "in nearly all cases"', "ss.planning_collaborative", 18, 20, "nearly all"],
  ['4.3 "every reasonable effort"', "ss.compliance_support", 20, 20, "all"],
  ['operational management "nearly all"', "cm.confident_in_manager", 18, 20, "nearly all"],
];

describe("the Dorset inspection reproduced", () => {
  it("holds 20 pseudonymous cases D01..D20, each with a case manager who has 2 to 4 cases", () => {
    expect(cases.map((c) => c.ref)).toEqual(Array.from({ length: 20 }, (_, i) => `D${String(i + 1).padStart(2, "0")}`));
    const perManager = new Map<string, number>();
    for (const c of cases) perManager.set(c.manager!, (perManager.get(c.manager!) ?? 0) + 1);
    expect([...perManager.keys()].every((m) => /^cm-\d\d$/.test(m))).toBe(true);
    expect([...perManager.values()].every((n) => n >= 2 && n <= 4)).toBe(true);
  });

  describe.each([...STATED, ...IN_WORDS])("%s %s", (_report, id, numerator, denominator, word) => {
    it(`is ${numerator} of ${denominator}${word ? ` ("${word}")` : ""}`, () => {
      const m = metric(id);
      expect([m.numerator, m.denominator]).toEqual([numerator, denominator]);
      expect(m.unanswered).toBe(0);
      if (word) expect(m.quantifier).toBe(word);
    });
  });

  it("2.2: seven medium or high risk cases have no clear risk management plan", () => {
    const m = metric("rosh.rmp_missing");
    expect(m.numerator).toBe(7);
    expect(m.cases.numerator).toHaveLength(7);
    // The figure and the rmp judgement agree case by case.
    expect([...m.cases.numerator].sort()).toEqual([...metric("rosh.rmp").cases.rest].sort());
  });

  it("1.3 and 2.1: the one case outside each denominator is marked not applicable, not left blank", () => {
    for (const id of ["rr.planning", "rosh.assessment", "sv.planning"]) expect(metric(id).not_applicable).toBe(1);
    expect(metric("rosh.planning").not_applicable).toBe(4);
  });

  it("answers only questions that apply, and every case is complete", () => {
    for (const c of cases) {
      expect(caseState(sqsYouth2016, c.answers).setAside, c.ref).toEqual([]);
      expect(progressOf(sqsYouth2016, c.answers).complete, c.ref).toBe(true);
    }
  });

  it("raises no consistency flags", () => {
    expect(cases.flatMap((c) => flagsFor(sqsYouth2016, c.ref, c.answers))).toEqual([]);
  });

  it("has a column for every question of the framework, in framework order", () => {
    const header = readFileSync(DORSET_CSV, "utf8").split("\n")[0]!.split(",");
    expect(header).toEqual(["case_ref", "case_manager", ...questionsOf(sqsYouth2016).map((q) => q.id)]);
    expect(header).toHaveLength(44);
  });
});
