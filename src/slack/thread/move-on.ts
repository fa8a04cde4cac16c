import { caseState, progressOf, type CaseState } from "../../core/interview/case-state.ts";
import { findQuestion, promptFor, type Prompt } from "../../core/interview/interview.ts";
import type { Answer } from "../../core/records.ts";
import { flagsFor } from "../../core/scoring/flags.ts";
import type { OpenCase } from "../../service/cases.ts";
import { buildCompleteMessage, buildRootMessage } from "../blocks/case-root.ts";
import { buildAnsweredBlocks, buildClosedQuestionBlocks, buildQuestionBlocks, type QuestionPrompt } from "../blocks/question.ts";
import type { Ctx } from "../deps.ts";
import { movedPast, readTurn, recordMessage, setLive, type Live } from "./live.ts";

/** How the message with the live buttons ends: with its answer, or with a status line. */
export type Closing = { answer: Answer } | { status: string };

/** The thread's own prompt: the next question for an inspector, who is asked everything.
 * (Case managers answer the `cm` questions in the same thread; access is checked per click.)
 * `state` is caseState of `open`'s answers, when the caller has it already. */
export function threadPrompt(open: OpenCase, at?: string, state?: CaseState): Prompt {
  const question = at ? findQuestion(open.framework, at) : undefined;
  return promptFor(open.framework, open.kase, open.answers, undefined, question, state);
}

/** Closes the live question message, posts the next question (or `at`, for Back) or the
 * end of the case, records the new turn and refreshes the root message. The caller holds the
 * claim on the current turn (holdTurn) and has stored whatever changed. */
export async function moveOn(ctx: Ctx, open: OpenCase, live: Live, closing: Closing, at?: string): Promise<Prompt> {
  const thread = open.kase.thread;
  if (!thread) throw new Error(`case ${open.kase.ref} has no Slack thread`);
  const turn = live.turn + 1;
  const { inspection, ref } = open.kase;
  // Which questions apply, worked out once for the new prompt, the closed one and the root.
  const state = caseState(open.framework, open.answers);
  const prompt = threadPrompt(open, at, state);
  const question = prompt.kind === "question" ? prompt.question.id : undefined;
  // The new turn and its question are recorded before any Web API call: if Slack fails
  // part-way, no old button still counts, a typed reply answers the new question, and
  // `/casecheck case` can claim the new turn to post it again.
  await setLive(ctx.deps.store, inspection, ref, { turn, ...(question ? { question } : {}) });
  await closeQuestion(ctx, open, live, closing, state);
  if (prompt.kind === "question") {
    const message = buildQuestionBlocks(prompt, { inspection, turn, manager: open.kase.manager, hasAnswers: Object.keys(open.answers).length > 0 });
    const posted = await ctx.client.chat.postMessage({ channel: thread.channel, thread_ts: thread.ts, ...message });
    const asked = { turn, ts: posted.ts!, question: prompt.question.id };
    await recordMessage(ctx.deps.store, inspection, ref, asked);
    await closeIfOvertaken(ctx, open, asked);
  } else if (prompt.kind === "complete") {
    await ctx.client.chat.postMessage({ channel: thread.channel, thread_ts: thread.ts, ...buildCompleteMessage(ref, prompt.progress, prompt.flags) });
  }
  await updateRoot(ctx, open, state);
  return prompt;
}

/** Ends the live question without a next one (Pause). */
export async function closeTurn(ctx: Ctx, open: OpenCase, live: Live, status: string): Promise<void> {
  await setLive(ctx.deps.store, open.kase.inspection, open.kase.ref, { turn: live.turn + 1 });
  await closeQuestion(ctx, open, live, { status });
  await updateRoot(ctx, open);
}

/** Takes the buttons off the question message of `live`. Its message id is recorded just after
 * it is posted, so it is read again when `live` was read before that. */
async function closeQuestion(ctx: Ctx, open: OpenCase, live: Live, closing: Closing, state?: CaseState): Promise<void> {
  if (!live.question) return;
  const ts = live.ts ?? (await readTurn(ctx.deps.store, open.kase.inspection, open.kase.ref, live.turn))?.ts;
  if (!ts) return;
  const old = threadPrompt(open, live.question, state) as QuestionPrompt;
  const closed = "answer" in closing ? buildAnsweredBlocks(old, closing.answer, open.kase.inspection) : buildClosedQuestionBlocks(old, closing.status);
  await ctx.client.chat.update({ channel: open.kase.thread!.channel, ts, ...closed });
}

/** Someone may have moved the thread on (on another instance) between this question being
 * posted and its message id being recorded; they could not close it, so it is closed here.
 * They record their turn before reading ours, and we record ours before reading theirs, so
 * at least one of the two sees the other. */
async function closeIfOvertaken(ctx: Ctx, open: OpenCase, live: Required<Live>): Promise<void> {
  const { store } = ctx.deps;
  if (!(await movedPast(store, open.kase.inspection, open.kase.ref, live.turn))) return;
  const answers = await store.getAnswers(open.kase.inspection, open.kase.ref);
  const answer = answers[live.question];
  await closeQuestion(ctx, { ...open, answers }, live, answer ? { answer } : { status: "Moved on." });
}

/** Refreshes the case's root message; `state` is caseState of `open`'s answers, when the caller has it. */
export async function updateRoot(ctx: Ctx, open: OpenCase, state?: CaseState): Promise<void> {
  const { kase, framework, answers } = open;
  if (!kase.thread) return;
  const message = buildRootMessage({ kase, progress: progressOf(framework, answers, undefined, state), flags: flagsFor(framework, kase.ref, answers) });
  await ctx.client.chat.update({ channel: kase.thread.channel, ts: kase.thread.ts, ...message });
}
