import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineFramework } from "../../../src/core/framework/define.ts";
import { rateInspection } from "../../../src/core/rating/rate.ts";
import type { Answer } from "../../../src/core/records.ts";
import { scoreInspection, type ScoredCase } from "../../../src/core/scoring/score.ts";

/** A rating framework written for this test: two standards, the second gated on a profile
 * question, with the published bands (80/65/50/0; 3/2/1/0) and overall bands on points. */
const judgement = (id: string, gate?: string) => ({
  id,
  kind: "judgement" as const,
  audience: "insp" as const,
  text: `${id}?`,
  phrase: id,
  ...(gate ? { applies: [{ question: gate, in: ["yes"] }] } : {}),
});
const framework = defineFramework({
  id: "rated",
  name: "Rated",
  quantifiers: [{ word: "some", min: 0 }],
  sections: [
    { id: "p", title: "Profile", short: "p", inSummary: false, questions: [{ id: "p.risk", kind: "gate", audience: "cm", text: "Risk?", phrase: "risk" }] },
    { id: "s", title: "S", short: "s", questions: [judgement("s.one"), judgement("s.two"), judgement("s.three", "p.risk")] },
    { id: "t", title: "T", short: "t", questions: [judgement("t.one", "p.risk"), judgement("t.two", "p.risk")] },
  ],
  standards: [
    { id: "s", title: "S", keyQuestions: ["s.one", { metric: "s.two", label: "the second" }, "s.three"] },
    { id: "t", title: "T", keyQuestions: ["t.one", "t.two"] },
  ],
  rating: {
    bands: [
      { word: "Outstanding", min: 80, points: 3 },
      { word: "Good", min: 65, points: 2 },
      { word: "Requires improvement", min: 50, points: 1 },
      { word: "Inadequate", min: 0, points: 0 },
    ],
    overall: [
      { word: "Outstanding", min: 5 },
      { word: "Good", min: 3 },
      { word: "Requires improvement", min: 1 },
      { word: "Inadequate", min: 0 },
    ],
  },
});

const KEYS = { s: ["s.one", "s.two", "s.three"], t: ["t.one", "t.two"] } as const;
const GATED = new Set(["s.three", "t.one", "t.two"]);

/** The plain count: cases where the question applies (its gate is yes) and it is answered yes or no. */
function expected(cases: ScoredCase[]) {
  const percent = (id: string) => {
    const counted = cases
      .filter((c) => !GATED.has(id) || c.answers["p.risk"]?.value === "yes")
      .map((c) => c.answers[id]?.value)
      .filter((v) => v === "yes" || v === "no");
    return counted.length ? (counted.filter((v) => v === "yes").length / counted.length) * 100 : undefined;
  };
  const band = (p: number) =>
    (p >= 80 ? ["Outstanding", 3] : p >= 65 ? ["Good", 2] : p >= 50 ? ["Requires improvement", 1] : ["Inadequate", 0]) as [string, number];
  const standards = Object.entries(KEYS).map(([id, keys]) => {
    const known = keys.map((k) => ({ k, p: percent(k) })).filter((x) => x.p !== undefined) as Array<{ k: string; p: number }>;
    if (!known.length) return { id, rating: null, points: null, lowest: null };
    const low = known.reduce((a, b) => (b.p < a.p ? b : a));
    const [rating, points] = band(low.p);
    return { id, rating, points, lowest: { metric: low.k, percent: Math.round(low.p * 10) / 10 } };
  });
  const rated = standards.filter((s) => s.points !== null);
  const points = rated.reduce((n, s) => n + s.points!, 0);
  const overall = !rated.length ? null : points >= 5 ? "Outstanding" : points >= 3 ? "Good" : points >= 1 ? "Requires improvement" : "Inadequate";
  return { standards, overall: { rating: overall, points, max: 3 * rated.length } };
}

const answer = (value: string): Answer => ({ question: "", value, by: "t", at: "t" });
const caseArb = fc.record({
  risk: fc.constantFrom("yes", "no", undefined),
  answers: fc.array(fc.constantFrom("yes", "no", "na", undefined), { minLength: 5, maxLength: 5 }),
});

describe("ratings on generated inspections", () => {
  it("every rating equals the plain computation: lowest key question, band, points, overall", () => {
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 0, maxLength: 25 }), (raw) => {
        const cases: ScoredCase[] = raw.map((r, i) => {
          const answers: Record<string, Answer> = {};
          if (r.risk) answers["p.risk"] = answer(r.risk);
          ["s.one", "s.two", "s.three", "t.one", "t.two"].forEach((id, k) => {
            const v = r.answers[k];
            // Answers to a question that does not apply are never stored.
            if (v && (!GATED.has(id) || r.risk === "yes")) answers[id] = answer(v);
          });
          return { ref: `C${i}`, answers };
        });
        const ratings = rateInspection(framework, scoreInspection(framework, cases))!;
        const want = expected(cases);
        expect(ratings.overall).toEqual(want.overall);
        expect(
          ratings.standards.map((s) => ({
            id: s.id,
            rating: s.rating,
            points: s.points,
            lowest: s.lowest && { metric: s.lowest.metric, percent: s.lowest.percent },
          })),
        ).toEqual(want.standards);
      }),
      { numRuns: 300 },
    );
  });

  it("compares percentages unrounded: 79.96% is Good, not Outstanding", () => {
    // 1999 of 2500 = 79.96%, which rounds to 80.0 but is below the band.
    const cases: ScoredCase[] = Array.from({ length: 2500 }, (_, i) => ({
      ref: `C${i}`,
      answers: { "s.one": answer(i < 1999 ? "yes" : "no"), "s.two": answer("yes") },
    }));
    const s = rateInspection(framework, scoreInspection(framework, cases))!.standards[0]!;
    expect(s).toMatchObject({ rating: "Good", points: 2, lowest: { metric: "s.one", percent: 80 } });
  });

  it("leaves out a standard none of whose key questions applies, and gives it no points", () => {
    const cases: ScoredCase[] = [{ ref: "C1", answers: { "p.risk": answer("no"), "s.one": answer("yes"), "s.two": answer("no") } }];
    const r = rateInspection(framework, scoreInspection(framework, cases))!;
    expect(r.standards[1]).toEqual({ id: "t", title: "T", rating: null, points: null, lowest: null, keyQuestions: [] });
    expect(r.standards[0]).toMatchObject({ rating: "Inadequate", lowest: { metric: "s.two", percent: 0, label: "the second" } });
    expect(r.overall).toEqual({ rating: "Inadequate", points: 0, max: 3 });
  });
});
