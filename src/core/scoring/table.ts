import type { Framework } from "../framework/schema.ts";
import type { Answers } from "../records.ts";
import { compile, encodeValue, type CompiledCondition, type CompiledFramework } from "./compiled.ts";

/** A case as scoring sees it: its ref, its case manager and everything stored for it. */
export interface ScoredCase {
  ref: string;
  manager?: string;
  answers: Answers;
}

export const ANSWERED = 1;
export const OPEN = 2;
export const PENDING = 3;
export const NOT_APPLICABLE = 4;

/** Cases as columns, one per question: what is stored (`raw`), what counts (`effective`: answers
 * to questions that apply) and each question's state. Working out applicability is done once
 * here; every figure, filter and group after that is a loop over integers. This is the
 * in-memory read model that makes a summary of 100,000 cases fast (bench/scoring.ts). */
export interface CaseTable {
  framework: Framework;
  compiled: CompiledFramework;
  size: number;
  refs: string[];
  managers: Array<string | undefined>;
  raw: Int32Array[];
  effective: Int32Array[];
  state: Uint8Array[];
}

export type Tri = typeof APPLIES | typeof FAILS | typeof UNKNOWN;
export const APPLIES = 0;
export const FAILS = 1;
export const UNKNOWN = 2;

/** Conditions on one row: the one implementation of `applies` and of consistency rules. With
 * `state`, a condition on a question known not to apply fails rather than waiting for an
 * answer that will never come (a follow-up of a follow-up); unanswered, it is unknown. */
export function testRow(conditions: readonly CompiledCondition[], values: readonly Int32Array[], state: readonly Uint8Array[] | null, row: number): Tri {
  let result: Tri = APPLIES;
  for (const c of conditions) {
    const v = values[c.question]![row]!;
    if (v === 0) {
      if (c.answered || (state !== null && state[c.question]![row] === NOT_APPLICABLE)) return FAILS;
      result = UNKNOWN;
    } else if (!c.answered && (v & c.mask) === 0) return FAILS;
  }
  return result;
}

export function tabulate(framework: Framework, cases: readonly ScoredCase[]): CaseTable {
  const compiled = compile(framework);
  const size = cases.length;
  const columns = compiled.questions.length;
  const raw = Array.from({ length: columns }, () => new Int32Array(size));
  const effective = Array.from({ length: columns }, () => new Int32Array(size));
  const state = Array.from({ length: columns }, () => new Uint8Array(size));
  for (let row = 0; row < size; row++) {
    const answers = cases[row]!.answers;
    for (let q = 0; q < columns; q++) {
      const stored = encodeValue(compiled, q, answers[compiled.questions[q]!.id]?.value);
      raw[q]![row] = stored;
      // Conditions only look at earlier questions, so one pass in asking order decides all.
      const applies = testRow(compiled.applies[q]!, effective, state, row);
      if (applies === APPLIES) {
        effective[q]![row] = stored;
        state[q]![row] = stored ? ANSWERED : OPEN;
      } else state[q]![row] = applies === FAILS ? NOT_APPLICABLE : PENDING;
    }
  }
  return { framework, compiled, size, refs: cases.map((c) => c.ref), managers: cases.map((c) => c.manager), raw, effective, state };
}

/** Whether a row still has a question to answer (open now, or waiting on an earlier answer). */
export function unfinished(table: CaseTable, row: number): boolean {
  for (const column of table.state) if (column[row] === OPEN || column[row] === PENDING) return true;
  return false;
}

export function allRows(table: CaseTable): Int32Array {
  return Int32Array.from({ length: table.size }, (_, i) => i);
}
