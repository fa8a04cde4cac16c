import { describe, expect, it } from "vitest";
import { answerText, figureSentence, noAnswerText, readAsLine, scopeText } from "../../../src/core/query/answer-text.ts";
import type { Metric } from "../../../src/core/scoring/score.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";

const review: Metric = {
  id: "rosh.review",
  section: "rosh",
  label: "A sufficient review of the risk of harm",
  population: "cases where a review was expected",
  numerator: 5,
  denominator: 10,
  percent: 50,
  quantifier: "half",
  unanswered: 0,
  not_applicable: 10,
  cases: { numerator: ["D01", "D03", "D05", "D07", "D09"], rest: ["D02", "D04", "D06", "D08", "D10"] },
};

describe("answers in words", () => {
  it("gives the figure with its percentage and word", () => {
    expect(figureSentence(review)).toBe("A sufficient review of the risk of harm in 5 of the 10 cases where a review was expected (50%, half).");
  });

  it("lists the cases behind it, or the ones that fell short", () => {
    expect(figureSentence(review, "cases")).toContain("The 5 cases: D01, D03, D05, D07, D09.");
    expect(figureSentence(review, "shortfalls")).toContain("Not in 5 cases: D02, D04, D06, D08, D10.");
  });

  it("says how many are not yet answered, and when there is nothing to count", () => {
    expect(figureSentence({ ...review, unanswered: 2 })).toMatch(/2 cases are not yet answered\.$/);
    expect(figureSentence({ ...review, numerator: 0, denominator: 0, percent: null, quantifier: null, cases: { numerator: [], rest: [] } })).toBe(
      "There are no cases where a review was expected yet, so no figure for a sufficient review of the risk of harm.",
    );
  });

  it("names the cases a figure is restricted to", () => {
    expect(scopeText(sqsYouth2016, { answers: { "profile.sentence": ["custody"] } })).toBe("Cases sentenced to custody: ");
    expect(scopeText(sqsYouth2016, { answers: { "profile.rosh_level": ["medium", "high"] }, managers: ["cm-03"] })).toBe(
      "Cases assessed as medium or high risk of serious harm, managed by cm-03: ",
    );
    expect(scopeText(sqsYouth2016, { cases: ["D03", "D07"] })).toBe("Cases D03 and D07: ");
  });

  it("splits a figure by group", () => {
    const text = answerText(sqsYouth2016, {
      query: { metric: "rosh.review", filters: {}, groupBy: "case_manager", show: "figure" },
      metric: review,
      groups: [
        { key: "cm-01", label: "cm-01", metric: { ...review, numerator: 1, denominator: 2, percent: 50, quantifier: "half" } },
        { key: "cm-02", label: "cm-02", metric: { ...review, numerator: 0, denominator: 0, percent: null, quantifier: null, unanswered: 1 } },
      ],
    });
    expect(text.split("\n")).toEqual([
      "Read as: a sufficient review of the risk of harm, of the cases where a review was expected; by case manager.",
      "A sufficient review of the risk of harm in 5 of the 10 cases where a review was expected (50%, half).",
      "By case manager:",
      "- cm-01: 1 of 2 (50%, half)",
      "- cm-02: no cases where a review was expected, 1 not yet answered",
    ]);
  });

  it("says how it read an unsure question and what else it could mean", () => {
    const text = answerText(sqsYouth2016, {
      query: { metric: "rosh.review", filters: {}, show: "figure" },
      metric: review,
      alternatives: [{ id: "sv.review", label: "A sufficient review of safeguarding and vulnerability" }],
    });
    expect(text).toMatch(/^Read as: a sufficient review of the risk of harm, of the cases where a review was expected\. I am not sure/);
    expect(text).toMatch(/ask about “a sufficient review of safeguarding and vulnerability”\.$/);
  });

  it("says in one line what every question was read as: the figure, its population, scope, split and what is listed", () => {
    const line = (query: object, by?: "model") => readAsLine(sqsYouth2016, { filters: {}, show: "figure", ...query } as never, review, by);
    expect(line({ metric: "rosh.review" })).toBe("Read as: a sufficient review of the risk of harm, of the cases where a review was expected.");
    expect(
      line({
        metric: "rosh.review",
        filters: { answers: { "profile.sentence": ["custody"] }, managers: ["cm-03"] },
        groupBy: "profile.rosh_level",
        show: "shortfalls",
      }),
    ).toBe(
      "Read as: a sufficient review of the risk of harm, of the cases where a review was expected, listing the cases that fell short; cases sentenced to custody, managed by cm-03; by level of risk to others.",
    );
    expect(line({ metric: "rosh.review" }, "model")).toMatch(/^Read as \(with the language model's help\): a sufficient review/);
    const text = answerText(sqsYouth2016, { query: { metric: "rosh.review", filters: {}, show: "figure" }, metric: review });
    expect(text.split("\n")[0]).toBe("Read as: a sufficient review of the risk of harm, of the cases where a review was expected.");
  });

  it("says why there is no answer and what can be asked", () => {
    expect(
      noAnswerText("I can only answer questions about this inspection's figures.", [{ id: "rosh.review", label: "A sufficient review of the risk of harm" }]),
    ).toBe(
      "I can only answer questions about this inspection's figures. I can answer questions about figures such as “a sufficient review of the risk of harm”.",
    );
  });
});
