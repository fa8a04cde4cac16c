import type { Answers } from "../records.ts";
import type { Condition, Question } from "./schema.ts";

export type Applicability = "applies" | "not_applicable" | "pending";

/** Whether one condition holds; `pending` when the question it looks at is not answered yet.
 * `skipped` names questions known not to apply: a condition on one of them fails rather than
 * waiting for an answer that will never come (a follow-up of a follow-up). */
export function test(condition: Condition, answers: Answers, skipped?: (questionId: string) => boolean): Applicability {
  const answer = answers[condition.question];
  if (!answer) return condition.answered || skipped?.(condition.question) ? "not_applicable" : "pending";
  if (condition.answered) return "applies";
  const values = Array.isArray(answer.value) ? answer.value : [answer.value];
  return values.some((v) => condition.in?.includes(v)) ? "applies" : "not_applicable";
}

/** All conditions together: any that fails makes the whole not applicable. */
export function testAll(conditions: readonly Condition[], answers: Answers, skipped?: (questionId: string) => boolean): Applicability {
  let result: Applicability = "applies";
  for (const c of conditions) {
    const r = test(c, answers, skipped);
    if (r === "not_applicable") return r;
    if (r === "pending") result = "pending";
  }
  return result;
}

export function applicability(question: Question, answers: Answers, skipped?: (questionId: string) => boolean): Applicability {
  return testAll(question.applies, answers, skipped);
}
