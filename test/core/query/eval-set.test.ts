import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readEvalSet, runEvalSet, type EvalItem } from "../../../src/core/query/eval-set.ts";
import { parseQuery } from "../../../src/core/query/parse.ts";
import { metricDefs } from "../../../src/core/scoring/metrics.ts";
import { HELD_OUT as HELD_OUT_SETS } from "../../../src/cli/commands/eval-ask.ts";
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

/** Right first time, confidently wrong and right within one more click, of the blind sets tuned
 * on, as they read when the last change to the parser was made (7 Dec 2026): no change may
 * read any of them worse. */
const TUNED: Record<string, [right: number, wrong: number, click: number]> = {
  "blind-1.jsonl": [175, 0, 175],
  "blind-3.jsonl": [193, 0, 197],
  "blind-4.jsonl": [207, 0, 214],
  "blind-5.jsonl": [180, 3, 185],
  "blind-7.jsonl": [196, 0, 196],
  "blind-8.jsonl": [190, 0, 192],
  "blind-9.jsonl": [211, 0, 221],
  "blind-10.jsonl": [208, 0, 210],
  "blind-11.jsonl": [205, 0, 209],
  "blind-12.jsonl": [214, 0, 216],
  "blind-13.jsonl": [213, 1, 213],
  "blind-14.jsonl": [197, 1, 199],
  "blind-15.jsonl": [206, 0, 211],
  "blind-16.jsonl": [208, 0, 211],
  "blind-17.jsonl": [177, 0, 179],
  "blind-18.jsonl": [179, 1, 182],
  "blind-19.jsonl": [223, 0, 226],
  "blind-20.jsonl": [204, 0, 206],
  "blind-23.jsonl": [187, 0, 188],
  "blind-24.jsonl": [202, 0, 208],
  "blind-25.jsonl": [199, 0, 201],
  "blind-26.jsonl": [201, 1, 205],
  "blind-27.jsonl": [210, 0, 211],
  "blind-28.jsonl": [181, 1, 182],
  "blind-29.jsonl": [174, 2, 177],
  "blind-30.jsonl": [174, 0, 177],
  "blind-31.jsonl": [200, 1, 205],
  "blind-32.jsonl": [175, 0, 176],
  "blind-35.jsonl": [193, 1, 196],
  "blind-36.jsonl": [198, 0, 199],
  "blind-37.jsonl": [204, 0, 205],
  "blind-38.jsonl": [192, 1, 195],
  "blind-39.jsonl": [192, 0, 194],
  "blind-40.jsonl": [208, 0, 211],
  "blind-41.jsonl": [196, 0, 199],
  "blind-42.jsonl": [189, 0, 191],
  "blind-43.jsonl": [210, 0, 211],
  "blind-44.jsonl": [186, 1, 191],
  "blind-45.jsonl": [195, 1, 201],
  "blind-46.jsonl": [208, 1, 210],
  "blind-47.jsonl": [191, 1, 193],
  "blind-48.jsonl": [210, 1, 211],
  "blind-49.jsonl": [172, 0, 174],
  "blind-50.jsonl": [195, 1, 199],
  "blind-51.jsonl": [171, 2, 174],
  "blind-52.jsonl": [212, 0, 217],
  "blind-53.jsonl": [205, 0, 209],
};

/** Sets 2, 6, 21, 22, 33, 34 and 54 to 57 are only ever measured: the figures of the parser as it stands
 * (measured 7 Dec 2026, 14:25 UTC), and a failure prints the figures, never a question. */
const HELD_OUT: Record<string, [right: number, wrong: number, click: number]> = {
  "blind-2.jsonl": [166, 3, 169],
  "blind-6.jsonl": [193, 4, 195],
  "blind-21.jsonl": [195, 2, 195],
  "blind-22.jsonl": [177, 5, 186],
  "blind-33.jsonl": [190, 4, 194],
  "blind-34.jsonl": [205, 3, 206],
  // Written while the parser was last tuned, and measured once on it (84f3399), never tuned on.
  "blind-54.jsonl": [200, 3, 202],
  "blind-55.jsonl": [195, 2, 197],
  "blind-56.jsonl": [197, 2, 204],
  "blind-57.jsonl": [202, 2, 205],
};

const figuresOf = (name: string) => {
  const { total, right, wrong, click, lost } = runEvalSet(framework, load(name), (q) => parseQuery(framework, q));
  return { total, right, wrong, click, lost };
};

describe("the blind sets tuned on (fixtures/eval/blind-README.md)", () => {
  it.each(Object.entries(TUNED))("%s reads no worse than when the parser last changed", (name, [right, wrong, click]) => {
    const f = figuresOf(name);
    expect(f.right, JSON.stringify(f)).toBeGreaterThanOrEqual(right);
    expect(f.wrong, JSON.stringify(f)).toBeLessThanOrEqual(wrong);
    expect(f.click, JSON.stringify(f)).toBeGreaterThanOrEqual(click);
  });

  it("holds every blind set in the folder, tuned on or held out", () => {
    const inFolder = readdirSync(new URL("../../../fixtures/eval/", import.meta.url)).filter((f) => /^blind-\d+\.jsonl$/.test(f));
    expect(inFolder.sort()).toEqual([...Object.keys(TUNED), ...Object.keys(HELD_OUT)].sort());
    expect(Object.keys(HELD_OUT).sort()).toEqual([...HELD_OUT_SETS].sort());
  });
});

/** The blind sets were written by helpers who never saw the parser, and frozen before any tuning
 * (fixtures/eval/blind-README.md). The held-out ones are never read question by question. */
describe("the held-out blind sets", () => {
  const tuning = new Set([items, ...Object.keys(TUNED).map(load)].flat().map((i) => i.q.toLowerCase()));
  const shared = (set: EvalItem[], others: Set<string>) => set.filter((i) => others.has(i.q.toLowerCase())).length / set.length;
  const mostSharedByATuningSet = Math.max(
    ...Object.keys(TUNED).map((name) =>
      shared(
        load(name),
        new Set(
          [
            items,
            ...Object.keys(TUNED)
              .filter((n) => n !== name)
              .map(load),
          ]
            .flat()
            .map((i) => i.q.toLowerCase()),
        ),
      ),
    ),
  );

  it.each(Object.entries(HELD_OUT))("%s is a fresh set of 150 questions or more, and reads no worse than when measured", (name, [right, wrong, click]) => {
    const blind = load(name);
    expect(blind.length).toBeGreaterThanOrEqual(150);
    // Written apart from the sets tuned on. Short questions ("psr count", "tell me a joke") recur
    // word for word across independent writers (counted, not read; fixtures/eval/README.md gives
    // the figures without them): a held-out set shares no more with the sets tuned on than the
    // most a tuning set shares with the other tuning sets. A copied set would share far more.
    expect(shared(blind, tuning)).toBeLessThanOrEqual(mostSharedByATuningSet);
    const f = figuresOf(name);
    expect(f.right, JSON.stringify(f)).toBeGreaterThanOrEqual(right);
    expect(f.wrong, JSON.stringify(f)).toBeLessThanOrEqual(wrong);
    expect(f.click, JSON.stringify(f)).toBeGreaterThanOrEqual(click);
  });

  // The target on blind set 2, the set the README states: met (96.5% / 1.7% / 98.3%, 169 of
  // 172 within one click, one above the line), and held from now on.
  it("blind-2.jsonl: right first time at least 93%, confidently wrong at most 2%, right within one more click at least 98% (issue 9)", () => {
    const f = figuresOf("blind-2.jsonl");
    expect(f.right / f.total, JSON.stringify(f)).toBeGreaterThanOrEqual(0.93);
    expect(f.wrong / f.total, JSON.stringify(f)).toBeLessThanOrEqual(0.02);
    expect(f.click / f.total, JSON.stringify(f)).toBeGreaterThanOrEqual(0.98);
  });
});
