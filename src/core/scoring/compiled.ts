import { allowedValues, questionsOf } from "../framework/define.ts";
import type { Condition, Framework, Question } from "../framework/schema.ts";
import type { AnswerValue } from "../records.ts";

/** A framework turned into numbers for fast scoring: each question has an index, and each of
 * its values a bit, so an answer is one integer (several bits for a multi answer) and a
 * condition is one mask. Built once per framework. */
export interface CompiledFramework {
  questions: readonly Question[];
  index: ReadonlyMap<string, number>;
  bits: ReadonlyArray<ReadonlyMap<string, number>>;
  applies: ReadonlyArray<readonly CompiledCondition[]>;
}

export interface CompiledCondition {
  question: number;
  /** The bits of the values that satisfy it; unused when `answered`. */
  mask: number;
  answered: boolean;
}

/** A stored value outside the framework's list still counts as an answer. */
const UNKNOWN_VALUE = 1 << 30;

const cache = new WeakMap<Framework, CompiledFramework>();

export function compile(framework: Framework): CompiledFramework {
  let found = cache.get(framework);
  if (!found) {
    const questions = questionsOf(framework);
    const index = new Map(questions.map((q, i) => [q.id, i]));
    const bits = questions.map((q) => new Map(allowedValues(q).map((v, i) => [v, 1 << i])));
    const partial = { questions, index, bits };
    found = { ...partial, applies: questions.map((q) => compileConditions(partial, q.applies)) };
    cache.set(framework, found);
  }
  return found;
}

export function compileConditions(compiled: Pick<CompiledFramework, "index" | "bits">, conditions: readonly Condition[]): CompiledCondition[] {
  return conditions.map((c) => {
    const question = compiled.index.get(c.question)!;
    const bits = compiled.bits[question]!;
    return { question, answered: c.answered === true, mask: (c.in ?? []).reduce((m, v) => m | (bits.get(v) ?? 0), 0) };
  });
}

export function encodeValue(compiled: CompiledFramework, question: number, value: AnswerValue | undefined): number {
  if (value === undefined) return 0;
  const bits = compiled.bits[question]!;
  let code = 0;
  for (const v of Array.isArray(value) ? value : [value]) code |= bits.get(v) ?? UNKNOWN_VALUE;
  return code;
}
