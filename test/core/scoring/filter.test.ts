import { describe, expect, it } from "vitest";
import { filterCases, groupCases } from "../../../src/core/scoring/filter.ts";
import { scoreInspection } from "../../../src/core/scoring/score.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { loadDorset } from "../../support/dorset.ts";

const cases = loadDorset();
const refs = (cs: Array<{ ref: string }>) => cs.map((c) => c.ref);
const figure = (id: string, filtered = cases) => scoreInspection(sqsYouth2016, filtered, [id])[0]!;

describe("filtering cases", () => {
  it("custody only: the three custody cases, all with sufficient custody planning", () => {
    const custody = filterCases(sqsYouth2016, cases, { answers: { "profile.sentence": ["custody"] } });
    expect(refs(custody)).toEqual(["D03", "D11", "D17"]);
    expect(figure("sv.custody_planning", custody)).toMatchObject({ numerator: 3, denominator: 3, not_applicable: 0 });
    expect(figure("rosh.planning", custody)).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it("by RoSH level: planning to manage the risk of harm in medium or high risk cases", () => {
    const higher = filterCases(sqsYouth2016, cases, { answers: { "profile.rosh_level": ["medium", "high", "very_high"] } });
    expect(higher).toHaveLength(10);
    expect(figure("rosh.planning", higher)).toMatchObject({ numerator: 3, denominator: 10 });
    const low = filterCases(sqsYouth2016, cases, { answers: { "profile.rosh_level": ["low"] } });
    expect(figure("rosh.planning", low)).toMatchObject({ numerator: 6, denominator: 6, not_applicable: 4 });
  });

  it("by case manager", () => {
    const mine = filterCases(sqsYouth2016, cases, { managers: ["cm-04"] });
    expect(refs(mine)).toEqual(["D04", "D11", "D17"]);
    expect(filterCases(sqsYouth2016, cases, { managers: ["cm-99"] })).toEqual([]);
  });

  it("by case refs, whatever their case, and combined with other filters", () => {
    expect(refs(filterCases(sqsYouth2016, cases, { cases: ["d01", "D20"] }))).toEqual(["D01", "D20"]);
    const both = filterCases(sqsYouth2016, cases, { cases: ["D01", "D03", "D11"], answers: { "profile.sentence": ["custody"] } });
    expect(refs(both)).toEqual(["D03", "D11"]);
  });

  it("an empty filter keeps every case", () => {
    expect(filterCases(sqsYouth2016, cases)).toHaveLength(20);
    expect(filterCases(sqsYouth2016, cases, { answers: { "profile.sentence": [] }, managers: [], cases: [] })).toHaveLength(20);
  });
});

describe("grouping cases", () => {
  it("by sentence, in the framework's option order", () => {
    const groups = groupCases(sqsYouth2016, cases, "profile.sentence");
    expect(groups.map((g) => [g.key, g.label, g.cases.length])).toEqual([
      ["community", "Community", 17],
      ["custody", "Custody", 3],
    ]);
  });

  it("by RoSH level, leaving out levels no case has", () => {
    const groups = groupCases(sqsYouth2016, cases, "profile.rosh_level");
    expect(groups.map((g) => [g.key, g.cases.length])).toEqual([
      ["low", 10],
      ["medium", 6],
      ["high", 4],
    ]);
    const perGroup = groups.map((g) => figure("rosh.rmp", g.cases));
    expect(perGroup.map((m) => `${m.numerator}/${m.denominator}`)).toEqual(["0/0", "1/6", "2/4"]);
  });

  it("by case manager, sorted, with cases not yet recorded kept apart", () => {
    const groups = groupCases(sqsYouth2016, cases, "case_manager");
    expect(groups.map((g) => g.key)).toEqual(["cm-01", "cm-02", "cm-03", "cm-04", "cm-05", "cm-06", "cm-07"]);
    expect(groups.reduce((n, g) => n + g.cases.length, 0)).toBe(20);
    const withNew = [...cases, { ref: "D21", answers: {} }];
    expect(groupCases(sqsYouth2016, withNew, "case_manager").at(-1)).toMatchObject({ key: "unassigned" });
    expect(groupCases(sqsYouth2016, withNew, "profile.sentence").at(-1)).toMatchObject({ key: "unanswered", label: "Not recorded", cases: [{ ref: "D21" }] });
  });

  it("by something that is not a question: no groups", () => {
    expect(groupCases(sqsYouth2016, cases, "profile.nothing")).toEqual([]);
  });
});
