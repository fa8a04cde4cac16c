import { mayAnswerQuestion, mayOnCase } from "../../core/access.ts";
import { formatValue, readAnswer, validateAnswer } from "../../core/interview/answers.ts";
import { findQuestion, sameValue, type Prompt } from "../../core/interview/interview.ts";
import type { AnswerValue } from "../../core/records.ts";
import { currentPrompt, giveAnswer, type Actor, type OpenCase } from "../../service/cases.ts";
import { StoreUnavailableError } from "../../store/store.ts";
import { escape, mention } from "../blocks/kit.ts";
import type { Ctx } from "../deps.ts";
import { holdTurn, type Held } from "./hold-turn.ts";
import type { Live } from "./live.ts";
import { moveOn } from "./move-on.ts";

/** Why a click or reply no longer fits the thread, or undefined when it does. */
export function staleReason(open: OpenCase, live: Live, turn: number, questionId: string): string | undefined {
  if (turn === live.turn && live.question === questionId) return undefined;
  const { ref } = open.kase;
  const question = findQuestion(open.framework, questionId);
  const answer = open.answers[questionId];
  if (question && answer)
    return `Case ${ref} already has *${escape(formatValue(question, answer.value))}* for “${escape(question.text)}” (from ${mention(answer.by)}). This message is out of date, so nothing was changed; to correct an answer, use *Change an answer* under the latest question.`;
  if (open.kase.paused) return `Case ${ref} is paused, so nothing was recorded. \`/casecheck case ${ref}\` carries on.`;
  if (!live.question) return `Case ${ref} has no question waiting, so nothing was recorded. \`/casecheck case ${ref}\` shows where it stands.`;
  return `This message is out of date: case ${ref} has moved on, so nothing was recorded. Answer the latest question at the bottom of the thread.`;
}

/** Another click or reply on the same question is being handled (a double click?). */
export const takenReason = (ref: string) => `That question on case ${ref} is being answered by another click (a double click?); it is kept once.`;

/** The answer could not be stored: said plainly, and never "recorded". */
export const notSavedReason = (ref: string) =>
  `Your answer on case ${ref} was *not saved*: the store could not be reached. Try again in a moment; answers confirmed before are safe.`;

const savedButStuck = (ref: string) =>
  `Your answer on case ${ref} was saved, but the thread could not move on: the store could not be reached. \`/casecheck case ${ref}\` brings the next question once it is back.`;

/** The reply for a move on a turn that another click took first, or that moved on meanwhile. */
export function heldReason(open: OpenCase, held: Exclude<Held<unknown>, { ok: true }>, turn: number, questionId: string): string {
  return held.why === "taken" ? takenReason(open.kase.ref) : (staleReason(open, held.live, turn, questionId) ?? takenReason(open.kase.ref));
}

export type TurnResult =
  | { ok: true; prompt: Prompt; open: OpenCase }
  | { ok: false; error: string; change?: { question: string; value: AnswerValue } };

export interface AnswerTurn {
  open: OpenCase;
  actor: Actor;
  live: Live;
  turn: number;
  question: string;
  /** A button's value, or typed text to read. */
  value?: AnswerValue;
  text?: string;
}

/** Answers the live question of a case thread: checks everything that needs no store first,
 * claims the turn so a double click records once, stores the answer, and only then shows it
 * as recorded and moves the thread on. */
export async function answerTurn(ctx: Ctx, input: AnswerTurn): Promise<TurnResult> {
  const { open, actor, live } = input;
  const stale = staleReason(open, live, input.turn, input.question);
  if (stale) return { ok: false, error: stale };
  const question = findQuestion(open.framework, input.question)!;
  for (const decision of [mayOnCase(actor.role, actor.user, open.kase, "answer"), mayAnswerQuestion(actor.role, question)])
    if (!decision.ok) return { ok: false, error: decision.reason };
  const read = input.value !== undefined ? validateAnswer(question, input.value) : readAnswer(question, input.text ?? "");
  if (!read.ok) return { ok: false, error: read.error };
  const current = open.answers[question.id];
  if (current && !sameValue(current.value, read.value))
    return { ok: false, error: `Case ${open.kase.ref} already has *${escape(formatValue(question, current.value))}* here. Use *Change an answer* to change it and say why.`, change: { question: question.id, value: read.value } };
  let saved = false;
  try {
    const held = await holdTurn(ctx, open.kase.inspection, open.kase.ref, input.turn, async (now): Promise<TurnResult> => {
      if (current && !read.note) {
        // The same answer again on a revisited question: kept as it is, nothing to record.
        await moveOn(ctx, open, now, { answer: current });
        return { ok: true, prompt: currentPrompt(open, actor), open };
      }
      const given = await giveAnswer(ctx.deps.store, open, actor, { question: question.id, value: read.value, note: read.note, at: ctx.deps.now() });
      if (!given.ok) return { ok: false, error: given.error };
      saved = true;
      await moveOn(ctx, given.open, now, { answer: given.open.answers[question.id]! });
      return { ok: true, prompt: given.prompt, open: given.open };
    }, live);
    return held.ok ? held.value : { ok: false, error: heldReason(open, held, input.turn, question.id) };
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    ctx.deps.logger.error({ err: error, inspection: open.kase.inspection, case: open.kase.ref, question: question.id, saved }, "the store failed while recording an answer");
    return { ok: false, error: saved ? savedButStuck(open.kase.ref) : notSavedReason(open.kase.ref) };
  }
}
