import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readEvalSet, runEvalSet } from "../../../src/core/query/eval-set.ts";
import { parseQuery } from "../../../src/core/query/parse.ts";
import { metricDefs } from "../../../src/core/scoring/metrics.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";

const framework = sqsYouth2016;
const items = readEvalSet(readFileSync(new URL("../../../fixtures/eval/ask.jsonl", import.meta.url), "utf8"));

describe("the evaluation set (fixtures/eval/ask.jsonl)", () => {
  it("is read right at least 95% of the time by the rules alone", () => {
    const report = runEvalSet(framework, items, (q) => parseQuery(framework, q));
    expect(report.total).toBeGreaterThanOrEqual(120);
    // The misses are in the message, so a failure says what to look at.
    const misses = report.misses.map((m) => `${m.q}\n  wanted ${m.wanted}\n  got    ${m.got}`).join("\n");
    expect(report.right / report.total, misses).toBeGreaterThanOrEqual(0.95);
  });

  it("asks about every metric of the framework in at least three ways", () => {
    const report = runEvalSet(framework, items, (q) => parseQuery(framework, q));
    expect(report.thin).toEqual([]);
    const asked = new Set(items.flatMap((i) => ("expect" in i ? [i.expect.metric] : [])));
    expect(metricDefs(framework).map((d) => d.id).filter((id) => !asked.has(id))).toEqual([]);
  });

  it("holds questions that must be refused: nonsense, off-topic, injection and requests for case data", () => {
    const refused = items.filter((i) => "refuse" in i).map((i) => i.q.toLowerCase());
    expect(refused.length).toBeGreaterThanOrEqual(15);
    for (const word of ["ignore previous instructions", "notes", "name", "system prompt", "joke", "answers for"])
      expect(refused.some((q) => q.includes(word)), word).toBe(true);
  });

  it("holds ambiguous questions, which must come back unsure with each reading", () => {
    expect(items.filter((i) => "ambiguous" in i).length).toBeGreaterThanOrEqual(5);
  });

  it("refuses every refusal question and answers no ambiguous one without saying so", () => {
    const report = runEvalSet(framework, items, (q) => parseQuery(framework, q));
    const missed = new Set(report.misses.map((m) => m.q));
    expect(items.filter((i) => !("expect" in i) && missed.has(i.q))).toEqual([]);
  });
});
