import { allowedValues } from "../src/core/framework/define.ts";
import type { Framework } from "../src/core/framework/schema.ts";
import type { Answer, AnswerValue, Inspection } from "../src/core/records.ts";
import { compile, encodeValue } from "../src/core/scoring/compiled.ts";
import type { ScoredCase } from "../src/core/scoring/score.ts";
import { ANSWERED, APPLIES, NOT_APPLICABLE, testRow } from "../src/core/scoring/table.ts";
import { seeded } from "./measure.ts";

/** Generated inspections: every case complete, each question that applies answered with a
 * random allowed value (judgements lean to yes, as real inspections do), so the figures vary. */
export interface GeneratedInspection {
  inspection: Inspection;
  cases: ScoredCase[];
}

export const GENERATED_AT = "2026-01-15T10:00:00.000Z";

function pick(rand: () => number, kind: string, values: string[]): AnswerValue {
  if (kind === "judgement") {
    const r = rand();
    return r < 0.6 ? "yes" : r < 0.9 ? "no" : "na";
  }
  if (kind === "multi") {
    const chosen = values.filter(() => rand() < 0.4);
    return chosen.length ? chosen : [values[Math.floor(rand() * values.length)]!];
  }
  return values[Math.floor(rand() * values.length)]!;
}

export function generateCase(framework: Framework, ref: string, rand: () => number, manager?: string): ScoredCase {
  const answers: Record<string, Answer> = {};
  // One row of scoring's own columns, filled in asking order: every question that applies is answered.
  const compiled = compile(framework);
  const values = compiled.questions.map(() => new Int32Array(1));
  const states = compiled.questions.map(() => new Uint8Array(1));
  compiled.questions.forEach((q, i) => {
    if (testRow(compiled.applies[i]!, values, states, 0) !== APPLIES) {
      states[i]![0] = NOT_APPLICABLE;
      return;
    }
    const value = pick(rand, q.kind, allowedValues(q));
    answers[q.id] = { question: q.id, value, by: "U0INSPECTOR", at: GENERATED_AT };
    values[i]![0] = encodeValue(compiled, i, value);
    states[i]![0] = ANSWERED;
  });
  return { ref, ...(manager ? { manager } : {}), answers };
}

/** `count` inspections of `casesEach` cases, the same every run for the same seed. */
export function generateInspections(framework: Framework, count: number, casesEach = 20, seed = 2016): GeneratedInspection[] {
  const rand = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    const id = `bench-${String(i + 1).padStart(5, "0")}`;
    const inspection: Inspection = { id, name: `Generated inspection ${i + 1}`, framework: framework.id, createdAt: GENERATED_AT, createdBy: "bench" };
    const cases = Array.from({ length: casesEach }, (_, k) => generateCase(framework, `G${String(k + 1).padStart(2, "0")}`, rand, `cm-${(k % 5) + 1}`));
    return { inspection, cases };
  });
}

/** Every answer as a row of (inspection, case_ref, question, value); a multi answer gives a row per value. */
export function* answerRows(inspections: readonly GeneratedInspection[]): Generator<[string, string, string, string]> {
  for (const { inspection, cases } of inspections)
    for (const c of cases)
      for (const a of Object.values(c.answers)) for (const v of Array.isArray(a.value) ? a.value : [a.value]) yield [inspection.id, c.ref, a.question, v];
}
