import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Condition } from "../../../src/core/framework/schema.ts";
import type { Answer, AnswerValue } from "../../../src/core/records.ts";
import { filterCases, groupCases } from "../../../src/core/scoring/filter.ts";
import { scoreInspection, type ScoredCase } from "../../../src/core/scoring/score.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { scenario } from "../../support/scenario.ts";

/** Property tests: on random inspections, every figure equals a count written here from the
 * spec's words, independently of src/core/scoring and src/core/interview. */
const framework = sqsYouth2016;
const questions = framework.sections.flatMap((s) => s.questions);
const values = (v: AnswerValue) => (Array.isArray(v) ? v : [v]);
const allowed = (id: string) => {
  const q = questions.find((x) => x.id === id)!;
  return q.kind === "judgement" ? ["yes", "no", "na"] : q.kind === "gate" ? ["yes", "no"] : q.options.map((o) => o.id);
};

type Status = "answered" | "open" | "pending" | "na";
interface Seen {
  status: Status;
  value?: AnswerValue;
}

/** One condition against the questions decided so far: holds, fails, or cannot tell yet. */
function check(c: Condition, seen: Map<string, Seen>): "holds" | "fails" | "unknown" {
  const s = seen.get(c.question);
  if (!s || s.status === "na") return "fails";
  if (s.status !== "answered") return c.answered ? "fails" : "unknown";
  return c.answered || values(s.value!).some((v) => c.in!.includes(v)) ? "holds" : "fails";
}
function all(conditions: readonly Condition[], seen: Map<string, Seen>): "holds" | "fails" | "unknown" {
  const results = conditions.map((c) => check(c, seen));
  return results.includes("fails") ? "fails" : results.includes("unknown") ? "unknown" : "holds";
}

/** Which questions apply, walking them in order: a question applies when every condition on
 * an earlier question holds for that question's counted answer. */
function decide(answers: Record<string, Answer>): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  for (const q of questions) {
    const a = all(q.applies, seen);
    const answer = answers[q.id];
    seen.set(
      q.id,
      a === "fails" ? { status: "na" } : a === "unknown" ? { status: "pending" } : answer ? { status: "answered", value: answer.value } : { status: "open" },
    );
  }
  return seen;
}

interface Count {
  numerator: string[];
  rest: string[];
  unanswered: number;
  not_applicable: number;
}
const empty = (): Count => ({ numerator: [], rest: [], unanswered: 0, not_applicable: 0 });

/** Every figure the spec defines, counted the plain way. */
function expectedCounts(cases: readonly ScoredCase[]): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const q of questions) {
    if (q.kind === "judgement" || q.kind === "gate") counts.set(q.id, empty());
    else for (const o of q.options) counts.set(`${q.id}=${o.id}`, empty());
  }
  for (const d of framework.derived) counts.set(d.id, empty());
  const add = (id: string, ref: string, verdict: "numerator" | "rest" | "unanswered" | "not_applicable") => {
    const c = counts.get(id)!;
    if (verdict === "numerator" || verdict === "rest") c[verdict].push(ref);
    else c[verdict]++;
  };
  for (const kase of cases) {
    const seen = decide(kase.answers);
    for (const q of questions) {
      const s = seen.get(q.id)!;
      const ids = q.kind === "judgement" || q.kind === "gate" ? [[q.id, "yes"]] : q.options.map((o) => [`${q.id}=${o.id}`, o.id]);
      for (const [id, wanted] of ids as Array<[string, string]>) {
        if (s.status === "na") add(id, kase.ref, "not_applicable");
        else if (s.status !== "answered") add(id, kase.ref, "unanswered");
        else if (s.value === "na") add(id, kase.ref, "not_applicable");
        else add(id, kase.ref, values(s.value!).includes(wanted) ? "numerator" : "rest");
      }
    }
    for (const d of framework.derived) {
      const of = all(d.of, seen);
      const where = all(d.where, seen);
      // A question the figure looks at judged "na" takes the case out of the figure.
      const judgedNa = d.where.some((c) => seen.get(c.question)?.status === "answered" && seen.get(c.question)?.value === "na");
      add(
        d.id,
        kase.ref,
        of === "fails" || (of === "holds" && judgedNa)
          ? "not_applicable"
          : of === "unknown"
            ? "unanswered"
            : where === "holds"
              ? "numerator"
              : where === "fails"
                ? "rest"
                : "unanswered",
      );
    }
  }
  return counts;
}

function expectFiguresMatch(cases: ScoredCase[]) {
  const expected = expectedCounts(cases);
  const metrics = scoreInspection(framework, cases);
  expect(metrics.map((m) => m.id).sort()).toEqual([...expected.keys()].sort());
  for (const m of metrics) {
    const e = expected.get(m.id)!;
    expect({
      id: m.id,
      numerator: m.numerator,
      denominator: m.denominator,
      unanswered: m.unanswered,
      not_applicable: m.not_applicable,
      cases: m.cases,
    }).toEqual({
      id: m.id,
      numerator: e.numerator.length,
      denominator: e.numerator.length + e.rest.length,
      unanswered: e.unanswered,
      not_applicable: e.not_applicable,
      cases: { numerator: e.numerator, rest: e.rest },
    });
    expect(m.numerator + m.cases.rest.length + m.unanswered + m.not_applicable).toBe(cases.length);
    expect(m.percent).toBe(m.denominator ? Math.round((100 * m.numerator) / m.denominator) : null);
  }
}

/** A value for a question from a random number: one allowed value, or a non-empty set for a multi. */
function valueFor(id: string, seed: number): AnswerValue {
  const options = allowed(id);
  const q = questions.find((x) => x.id === id)!;
  if (q.kind !== "multi") return options[seed % options.length]!;
  const mask = (seed % ((1 << options.length) - 1)) + 1;
  return options.filter((_, i) => mask & (1 << i));
}

const refOf = (i: number) => `P${String(i + 1).padStart(2, "0")}`;
const answer = (question: string, value: AnswerValue): Answer => ({ question, value, by: "prop", at: "2016-09-12T09:00:00.000Z" });
const manager = fc.constantFrom("cm-01", "cm-02", "cm-03", undefined);

/** Any answers at all, as an import could bring in: some missing, some to questions that do not apply. */
const rawCase = fc.record({
  manager,
  cells: fc.array(fc.tuple(fc.nat({ max: 9 }), fc.nat()), { minLength: questions.length, maxLength: questions.length }),
});
const rawInspection = fc.array(rawCase, { maxLength: 25 }).map((rows) =>
  rows.map(({ manager: m, cells }, i): ScoredCase => {
    const answers: Record<string, Answer> = {};
    questions.forEach((q, j) => {
      const [presence, seed] = cells[j]!;
      if (presence < 8) answers[q.id] = answer(q.id, valueFor(q.id, seed));
    });
    return { ref: refOf(i), ...(m ? { manager: m } : {}), answers };
  }),
);

/** Cases answered through the guided flow, stopping anywhere, with some answers later changed. */
const move = fc.oneof(
  { arbitrary: fc.record({ change: fc.constant(false), seed: fc.nat() }), weight: 5 },
  { arbitrary: fc.record({ change: fc.constant(true), seed: fc.nat() }), weight: 1 },
);
const guidedInspection = fc.array(fc.record({ manager, moves: fc.array(move, { maxLength: 50 }) }), { maxLength: 12 }).map((rows) =>
  rows.map(({ manager: m, moves }, i): ScoredCase => {
    const s = scenario(framework, refOf(i));
    for (const { change, seed } of moves) {
      const answered = Object.keys(s.raw());
      if (change && answered.length) {
        const id = answered[seed % answered.length]!;
        s.attempt(id, valueFor(id, seed >> 3), { reason: "property test" }); // refused when it no longer applies
      } else {
        const id = s.next();
        if (id) s.answer(id, valueFor(id, seed));
      }
    }
    return { ref: s.case.ref, ...(m ? { manager: m } : {}), answers: s.raw() };
  }),
);

describe("figures equal an independent count", () => {
  it("on random answers, applicable or not", () => {
    fc.assert(fc.property(rawInspection, (cases) => expectFiguresMatch(cases)));
  });

  it("on cases answered through the guided flow", () => {
    fc.assert(fc.property(guidedInspection, (cases) => expectFiguresMatch(cases)));
  });

  it("the groups of a split add up to the whole, and a filter keeps only matching cases", () => {
    fc.assert(
      fc.property(rawInspection, fc.constantFrom("profile.sentence", "profile.rosh_level", "case_manager"), (cases, by) => {
        const whole = scoreInspection(framework, cases, ["rosh.review", "rosh.oversight=effective"]);
        const parts = groupCases(framework, cases, by).map((g) => scoreInspection(framework, g.cases, ["rosh.review", "rosh.oversight=effective"]));
        whole.forEach((m, k) => {
          expect(parts.reduce((n, p) => n + p[k]!.numerator, 0)).toBe(m.numerator);
          expect(parts.reduce((n, p) => n + p[k]!.denominator, 0)).toBe(m.denominator);
        });
        const custody = filterCases(framework, cases, { answers: { "profile.sentence": ["custody"] } });
        expect(custody.map((c) => c.ref)).toEqual(cases.filter((c) => decide(c.answers).get("profile.sentence")?.value === "custody").map((c) => c.ref));
      }),
    );
  });
});
