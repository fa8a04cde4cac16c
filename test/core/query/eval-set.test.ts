import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readEvalSet, runEvalSet } from "../../../src/core/query/eval-set.ts";
import { parseQuery } from "../../../src/core/query/parse.ts";
import { metricDefs } from "../../../src/core/scoring/metrics.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";

const framework = sqsYouth2016;
const load = (name: string) => readEvalSet(readFileSync(new URL(`../../../fixtures/eval/${name}`, import.meta.url), "utf8"));
const items = load("ask.jsonl");
const misses = (report: ReturnType<typeof runEvalSet>) => report.misses.map((m) => `${m.q}\n  wanted ${m.wanted}\n  got    ${m.got}`).join("\n");

describe("the evaluation set (fixtures/eval/ask.jsonl)", () => {
  it("is read right first time at least 99% of the time by the rules alone, and never confidently wrong more than 1%", () => {
    const report = runEvalSet(framework, items, (q) => parseQuery(framework, q));
    expect(report.total).toBeGreaterThanOrEqual(120);
    // The misses are in the message, so a failure says what to look at.
    expect(report.right / report.total, misses(report)).toBeGreaterThanOrEqual(0.99);
    expect(report.wrong / report.total, misses(report)).toBeLessThanOrEqual(0.01);
  });

  it("asks about every metric of the framework in at least three ways", () => {
    const report = runEvalSet(framework, items, (q) => parseQuery(framework, q));
    expect(report.thin).toEqual([]);
    const asked = new Set(items.flatMap((i) => ("expect" in i ? [i.expect.metric] : [])));
    expect(
      metricDefs(framework)
        .map((d) => d.id)
        .filter((id) => !asked.has(id)),
    ).toEqual([]);
  });

  it("holds questions that must be refused: nonsense, off-topic, injection and requests for case data", () => {
    const refused = items.filter((i) => "refuse" in i).map((i) => i.q.toLowerCase());
    expect(refused.length).toBeGreaterThanOrEqual(15);
    for (const word of ["ignore previous instructions", "notes", "name", "system prompt", "joke", "answers for"])
      expect(
        refused.some((q) => q.includes(word)),
        word,
      ).toBe(true);
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

/** The blind sets were written by someone who never saw the parser and frozen before any tuning
 * (fixtures/eval/blind-README.md). Blind set 2 is only ever measured: this test holds the
 * figures the issue asks for on it, and a failure prints the figures, never its questions. */
describe("the held-out blind set (fixtures/eval/blind-2.jsonl)", () => {
  const blind = load("blind-2.jsonl");

  it("is a fresh set of 150 questions or more", () => {
    expect(blind.length).toBeGreaterThanOrEqual(150);
    const tuning = new Set([...items, ...load("blind-1.jsonl")].map((i) => i.q.toLowerCase()));
    // Written apart from the sets tuned on: one question in 172 is word for word also in them
    // (measured, not read), and no more may be.
    expect(blind.filter((i) => tuning.has(i.q.toLowerCase())).length).toBeLessThanOrEqual(1);
  });

  const figures = () => {
    const { total, right, wrong, click, lost } = runEvalSet(framework, blind, (q) => parseQuery(framework, q));
    return { total, right, wrong, click, lost };
  };

  // Measured once, after tuning ended (19:47 UTC, 2 Dec 2026): 144 right first time, 10
  // confidently wrong, 147 within one more click, 10 not understood, of 172. The floor: no
  // change may read this set worse than that.
  it("reads no worse than when it was first measured", () => {
    const f = figures();
    expect(f.right, JSON.stringify(f)).toBeGreaterThanOrEqual(144);
    expect(f.wrong, JSON.stringify(f)).toBeLessThanOrEqual(10);
    expect(f.click, JSON.stringify(f)).toBeGreaterThanOrEqual(147);
  });

  // The target, not met yet: this is expected to fail, and vitest reports it the day it
  // passes, so the line above can become the target and `fails` go.
  it.fails("is read right first time at least 93%, confidently wrong at most 2%, right within one more click at least 98% (issue 9: not met yet)", () => {
    const f = figures();
    expect(f.right / f.total, JSON.stringify(f)).toBeGreaterThanOrEqual(0.93);
    expect(f.wrong / f.total, JSON.stringify(f)).toBeLessThanOrEqual(0.02);
    expect(f.click / f.total, JSON.stringify(f)).toBeGreaterThanOrEqual(0.98);
  });
});
