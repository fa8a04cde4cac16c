import { describe, expect, it } from "vitest";
import { canonicalQuery, querySchema } from "../../../src/core/query/query.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";

const schema = querySchema(sqsYouth2016);

describe("the query schema of a framework", () => {
  it("accepts a metric of the framework with its filters, groups and defaults", () => {
    expect(schema.parse({ metric: "rosh.oversight=none" })).toEqual({ metric: "rosh.oversight=none", filters: {}, show: "figure" });
    const full = {
      metric: "rosh.review",
      filters: { answers: { "profile.sentence": ["custody"] }, managers: ["cm-03"], cases: ["D07"] },
      groupBy: "case_manager",
      show: "shortfalls",
    };
    expect(schema.parse(full)).toEqual(full);
  });

  it("rejects what the framework does not have, saying what is wrong", () => {
    const problems = (q: object) => {
      const r = schema.safeParse(q);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(problems({ metric: "rosh.made_up" })).toEqual([expect.stringContaining('"rosh.made_up" is not a metric of sqs-youth-2016')]);
    expect(problems({ metric: "rosh.review", filters: { answers: { "profile.sentence": ["prison"] } } })).toEqual([
      "prison is not a value of profile.sentence",
    ]);
    expect(problems({ metric: "rosh.review", filters: { answers: { "rosh.review": ["yes"] } } })).toEqual([
      expect.stringContaining("rosh.review is not a filter"),
    ]);
    expect(problems({ metric: "rosh.review", groupBy: "rosh.review" })).toHaveLength(1);
    expect(problems({ metric: "rosh.review", show: "everything" })).toHaveLength(1);
  });

  it("puts a query in one form, so two readings compare", () => {
    expect(
      canonicalQuery({
        metric: "rosh.review",
        filters: { answers: { "profile.rosh_level": ["high", "medium", "high"], "profile.sentence": [] }, cases: ["d07", "D03"] },
        show: "figure",
      }),
    ).toEqual({ metric: "rosh.review", filters: { answers: { "profile.rosh_level": ["high", "medium"] }, cases: ["D03", "D07"] }, show: "figure" });
  });
});
