import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedValues, questionsOf } from "../../src/core/framework/define.ts";
import type { Question } from "../../src/core/framework/schema.ts";
import { readEvalSet } from "../../src/core/query/eval-set.ts";
import type { Answer } from "../../src/core/records.ts";
import { filterCases, groupCases } from "../../src/core/scoring/filter.ts";
import { scoreInspection, type ScoredCase } from "../../src/core/scoring/score.ts";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { askQuestion, type AskResult } from "../../src/service/ask.ts";
import { loadDorset } from "../support/dorset.ts";

const framework = sqsYouth2016;
const questions = readEvalSet(readFileSync(new URL("../../fixtures/eval/ask.jsonl", import.meta.url), "utf8")).flatMap((i) => ("expect" in i ? [i] : []));

/** What scoring says directly, for the query the question was read as. */
function expected(cases: readonly ScoredCase[], result: AskResult) {
  const query = result.query!;
  const chosen = filterCases(framework, cases, query.filters);
  return {
    metric: scoreInspection(framework, chosen, [query.metric])[0],
    groups: query.groupBy ? groupCases(framework, chosen, query.groupBy).map((g) => scoreInspection(framework, g.cases, [query.metric])[0]) : [],
  };
}

async function checkAll(cases: readonly ScoredCase[], asked = questions) {
  for (const { q } of asked) {
    const result = await askQuestion({ framework, cases, question: q });
    if (!result.query) continue; // the evaluation set's own test holds how many are read
    const want = expected(cases, result);
    expect(result.metric, q).toEqual(want.metric);
    expect(
      result.groups.map((g) => g.metric),
      q,
    ).toEqual(want.groups);
  }
}

describe("asking about the figures", () => {
  it("gives the Dorset figures the report states", async () => {
    const cases = loadDorset();
    const answer = (question: string) => askQuestion({ framework, cases, question });
    expect(await answer("how many risk reviews were sufficient?")).toMatchObject({
      query: { metric: "rosh.review", filters: {}, show: "figure" },
      metric: { numerator: 5, denominator: 10, percent: 50, quantifier: "half" },
      groups: [],
      text: "Read as: a sufficient review of the risk of harm, of the cases where a review was expected.\nA sufficient review of the risk of harm in 5 of the 10 cases where a review was expected (50%, half).",
      source: "rules",
      confidence: "sure",
      readAs: "Read as: a sufficient review of the risk of harm, of the cases where a review was expected.",
    });
    expect((await answer("how many cases had no RMP")).metric).toMatchObject({ numerator: 7 });
    expect((await answer("how many safeguarding plans should have been updated")).metric).toMatchObject({ numerator: 10, denominator: 20 });
    expect((await answer("ineffective oversight of risk of harm")).metric).toMatchObject({ numerator: 6, denominator: 12 });
  });

  it("gives the same numbers as scoring, for every question of the evaluation set, on Dorset", async () => {
    await checkAll(loadDorset());
  });

  it("gives the same numbers as scoring on generated inspections, filtered and grouped", async () => {
    const answer = (q: Question): fc.Arbitrary<string | string[]> => {
      const values = allowedValues(q);
      return q.kind === "multi" ? fc.subarray(values, { minLength: 1 }) : fc.constantFrom(...values);
    };
    const oneCase = fc.record({
      manager: fc.constantFrom("cm-01", "cm-02", "cm-03"),
      answers: fc.record(Object.fromEntries(questionsOf(framework).map((q) => [q.id, answer(q)])), { requiredKeys: [] }),
    });
    const asked = questions.filter((_, i) => i % 3 === 0);
    await fc.assert(
      fc.asyncProperty(fc.array(oneCase, { maxLength: 12 }), async (generated) => {
        const cases: ScoredCase[] = generated.map((g, i) => ({
          ref: `G${String(i + 1).padStart(2, "0")}`,
          manager: g.manager,
          answers: Object.fromEntries(
            Object.entries(g.answers).flatMap(([q, value]) =>
              value === undefined ? [] : [[q, { question: q, value, by: "test", at: "2016-09-14T00:00:00Z" } satisfies Answer]],
            ),
          ),
        }));
        await checkAll(cases, asked);
      }),
      { numRuns: 15 },
    );
  });

  it("maps refs and manager ids to the stored ones, and answers with the cases", async () => {
    const cases = loadDorset();
    const result = await askQuestion({ framework, cases, question: "which cases had a sufficient risk review for CM-3 and cm-01?" });
    expect(result.query?.filters.managers).toEqual(["cm-01", "cm-03"]);
    expect(result.text).toMatch(/\nCases managed by cm-01 or cm-03: a sufficient review of the risk of harm in \d+ of the \d+ cases/);
    expect(result.metric?.cases.numerator.every((ref) => ["cm-01", "cm-03"].includes(cases.find((c) => c.ref === ref)!.manager!))).toBe(true);
  });

  it("answers nothing, and says what it can do, for a question it must refuse", async () => {
    const result = await askQuestion({ framework, cases: loadDorset(), question: "what is the child's name in D05?" });
    expect(result).toMatchObject({ query: null, metric: null, groups: [], refused: true, source: "rules" });
    expect(result.text).toMatch(/can't share notes, names or individual answers/);
    expect(result.text).not.toMatch(/D05/);
  });
});
