import { progressOf } from "../../core/interview/case-state.ts";
import { findQuestion, promptFor, type Prompt } from "../../core/interview/interview.ts";
import type { Answer } from "../../core/records.ts";
import { flagsFor } from "../../core/scoring/flags.ts";
import type { OpenCase } from "../../service/cases.ts";
import { buildCompleteMessage, buildRootMessage } from "../blocks/case-root.ts";
import { buildAnsweredBlocks, buildClosedQuestionBlocks, buildQuestionBlocks, type QuestionPrompt } from "../blocks/question.ts";
import type { Ctx } from "../deps.ts";
import { setLive, type Live } from "./live.ts";

/** How the message with the live buttons ends: with its answer, or with a status line. */
export type Closing = { answer: Answer } | { status: string };

/** The thread's own prompt: the next question for an inspector, who is asked everything.
 * (Case managers answer the `cm` questions in the same thread; access is checked per click.) */
export function threadPrompt(open: OpenCase, at?: string): Prompt {
  const question = at ? findQuestion(open.framework, at) : undefined;
  return promptFor(open.framework, open.kase, open.answers, undefined, question);
}

/** Closes the live question message, posts the next question (or `at`, for Back) or the
 * end of the case, records the new turn and refreshes the root message. The caller has
 * claimed the current turn and stored whatever changed. */
export async function moveOn(ctx: Ctx, open: OpenCase, live: Live, closing: Closing, at?: string): Promise<Prompt> {
  const thread = open.kase.thread;
  if (!thread) throw new Error(`case ${open.kase.ref} has no Slack thread`);
  const turn = live.turn + 1;
  const { inspection, ref } = open.kase;
  // The new turn is recorded before any Web API call: if Slack fails part-way, no old button
  // still counts, and `/casecheck case` can claim the new turn to post the question again.
  await setLive(ctx.deps.store, inspection, ref, { turn });
  if (live.ts && live.question) {
    const old = threadPrompt(open, live.question) as QuestionPrompt;
    const closed = "answer" in closing ? buildAnsweredBlocks(old, closing.answer) : buildClosedQuestionBlocks(old, closing.status);
    await ctx.client.chat.update({ channel: thread.channel, ts: live.ts, ...closed });
  }
  const prompt = threadPrompt(open, at);
  if (prompt.kind === "question") {
    const message = buildQuestionBlocks(prompt, { inspection, turn, manager: open.kase.manager, hasAnswers: Object.keys(open.answers).length > 0 });
    const posted = await ctx.client.chat.postMessage({ channel: thread.channel, thread_ts: thread.ts, ...message });
    await setLive(ctx.deps.store, inspection, ref, { turn, ts: posted.ts, question: prompt.question.id });
  } else if (prompt.kind === "complete") {
    await ctx.client.chat.postMessage({ channel: thread.channel, thread_ts: thread.ts, ...buildCompleteMessage(ref, prompt.progress, prompt.flags) });
  }
  await updateRoot(ctx, open);
  return prompt;
}

/** Ends the live question without a next one (Pause). */
export async function closeTurn(ctx: Ctx, open: OpenCase, live: Live, status: string): Promise<void> {
  const thread = open.kase.thread!;
  await setLive(ctx.deps.store, open.kase.inspection, open.kase.ref, { turn: live.turn + 1 });
  if (live.ts && live.question) {
    const old = threadPrompt(open, live.question) as QuestionPrompt;
    await ctx.client.chat.update({ channel: thread.channel, ts: live.ts, ...buildClosedQuestionBlocks(old, status) });
  }
  await updateRoot(ctx, open);
}

export async function updateRoot(ctx: Ctx, open: OpenCase): Promise<void> {
  const { kase, framework, answers } = open;
  if (!kase.thread) return;
  const message = buildRootMessage({ kase, progress: progressOf(framework, answers), flags: flagsFor(framework, kase.ref, answers) });
  await ctx.client.chat.update({ channel: kase.thread.channel, ts: kase.thread.ts, ...message });
}
