import { mayAnswerQuestion, mayOnCase } from "../core/access.ts";
import type { Question } from "../core/framework/schema.ts";
import { findQuestion } from "../core/interview/interview.ts";
import type { Actor, OpenCase } from "./cases.ts";
import { fail, type Result } from "./result.ts";

/** Whether this person may work on this question of this case: answer it, note it, skip it, go
 * back from it or pause on it. One check for every move, so none can be forged past it: a case
 * manager works only on their own cases, and only on the factual (`cm`) questions. */
export function mayWorkOn(open: OpenCase, actor: Actor, questionId: string): Result<{ question: Question }> {
  const onCase = mayOnCase(actor.role, actor.user, open.kase, "answer");
  if (!onCase.ok) return fail("not_allowed", onCase.reason);
  const question = findQuestion(open.framework, questionId);
  if (!question) return fail("not_found", `There is no question ${questionId}.`);
  const forQuestion = mayAnswerQuestion(actor.role, question);
  if (!forQuestion.ok) return fail("not_allowed", forQuestion.reason);
  return { ok: true, question };
}

/** Whether this person may read this case (its answers, its history). */
export function mayReadCase(open: OpenCase, actor: Actor): Result<object> {
  const allowed = mayOnCase(actor.role, actor.user, open.kase, "read_case");
  return allowed.ok ? { ok: true } : fail("not_allowed", allowed.reason);
}

/** Work on the case as a whole, with no question in view (a pause between questions). */
export function mayWorkOnCase(open: OpenCase, actor: Actor): Result<object> {
  const allowed = mayOnCase(actor.role, actor.user, open.kase, "answer");
  return allowed.ok ? { ok: true } : fail("not_allowed", allowed.reason);
}
