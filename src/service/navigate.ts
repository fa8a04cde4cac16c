import { asks } from "../core/access.ts";
import { previousQuestion, promptFor, type Prompt } from "../core/interview/interview.ts";
import type { Store } from "../store/store.ts";
import { mayWorkOn, mayWorkOnCase } from "./case-access.ts";
import { currentPrompt, deletedReason, setPaused, type Actor, type OpenCase } from "./cases.ts";
import { fail, type Result } from "./result.ts";

/** Moving round a question (skip, back, pause) is working on it: the same check as answering
 * it, so a case manager cannot move an inspector's question either. */

/** Checks a skip without writing; the conversation claims its turn between the two. */
export function checkSkip(open: OpenCase, actor: Actor, questionId: string): Result<object> {
  return mayWorkOn(open, actor, questionId);
}

/** Leaves a question for later; it is asked again once the rest are done. */
export async function skipQuestion(store: Store, open: OpenCase, actor: Actor, questionId: string): Promise<Result<{ prompt: Prompt; open: OpenCase }>> {
  const allowed = checkSkip(open, actor, questionId);
  if (!allowed.ok) return allowed;
  const kase = { ...open.kase, skipped: [...open.kase.skipped.filter((q) => q !== questionId), questionId] };
  if (!(await store.saveCase(kase, "existing"))) return fail("not_found", deletedReason(kase));
  const next = { ...open, kase };
  return { ok: true, prompt: currentPrompt(next, actor), open: next };
}

/** Checks a pause on the question on screen (or on a case with none) without writing. */
export function checkPause(open: OpenCase, actor: Actor, questionId: string | undefined): Result<object> {
  return questionId ? mayWorkOn(open, actor, questionId) : mayWorkOnCase(open, actor);
}

/** Pauses the case; `case REF` carries on. */
export async function pauseCase(store: Store, open: OpenCase, actor: Actor, questionId: string | undefined): Promise<Result<{ open: OpenCase }>> {
  const allowed = checkPause(open, actor, questionId);
  if (!allowed.ok) return allowed;
  return { ok: true, open: await setPaused(store, open, true) };
}

/** The question before `questionId`, shown with its current answer so it can be changed. */
export function goBack(open: OpenCase, actor: Actor, questionId: string): Result<{ prompt: Extract<Prompt, { kind: "question" }> }> {
  const allowed = questionId ? mayWorkOn(open, actor, questionId) : mayWorkOnCase(open, actor);
  if (!allowed.ok) return allowed;
  const previous = previousQuestion(open.framework, open.answers, questionId, asks(actor.role));
  const prompt = previous && promptFor(open.framework, open.kase, open.answers, asks(actor.role), previous);
  if (!prompt || prompt.kind !== "question") return fail("invalid", "This is the first question. There is nothing before it.");
  return { ok: true, prompt };
}

/** A specific question, for changing its answer. */
export function promptAt(open: OpenCase, actor: Actor, questionId: string): Result<{ prompt: Prompt }> {
  const allowed = mayWorkOn(open, actor, questionId);
  if (!allowed.ok) return allowed;
  return { ok: true, prompt: promptFor(open.framework, open.kase, open.answers, asks(actor.role), allowed.question) };
}
