import { caseState, progressOf, type CaseState } from "../core/interview/case-state.ts";
import { findQuestion, promptFor, type Prompt } from "../core/interview/interview.ts";
import { flagsFor } from "../core/scoring/flags.ts";
import type { OpenCase } from "../service/cases.ts";
import { movedPast, readTurn, recordMessage, setLive, type Live } from "./live.ts";
import type { Closing, Conversation, QuestionPrompt } from "./transport.ts";

export type { Closing } from "./transport.ts";

/** The thread's own prompt: the next question for an inspector, who is asked everything.
 * (Case managers answer the `cm` questions in the same thread; access is checked per move.)
 * `state` is caseState of `open`'s answers, when the caller has it already. */
export function threadPrompt(open: OpenCase, at?: string, state?: CaseState): Prompt {
  const question = at ? findQuestion(open.framework, at) : undefined;
  return promptFor(open.framework, open.kase, open.answers, undefined, question, state);
}

/** Closes the live question, shows the next question (or `at`, for Back) or the end of the
 * case, records the new turn and refreshes the root. The caller holds the claim on the current
 * turn (holdTurn) and has stored whatever changed. */
export async function moveOn(conv: Conversation, open: OpenCase, live: Live, closing: Closing, at?: string): Promise<Prompt> {
  const turn = live.turn + 1;
  const { inspection, ref } = open.kase;
  // Which questions apply, worked out once for the new prompt, the closed one and the root.
  const state = caseState(open.framework, open.answers);
  const prompt = threadPrompt(open, at, state);
  const question = prompt.kind === "question" ? prompt.question.id : undefined;
  // The new turn and its question are recorded before the platform is called: if it fails
  // part-way, no old button still counts, a typed reply answers the new question, and
  // `case REF` can claim the new turn to show it again.
  await setLive(conv.store, inspection, ref, { turn, ...(question ? { question } : {}) });
  await closeQuestion(conv, open, live, closing, state);
  if (prompt.kind === "question") {
    const ts = await conv.transport.postQuestion(open.kase, {
      prompt,
      inspection,
      turn,
      manager: open.kase.manager,
      hasAnswers: Object.keys(open.answers).length > 0,
    });
    if (ts) {
      const asked = { turn, ts, question: prompt.question.id };
      await recordMessage(conv.store, inspection, ref, asked);
      await closeIfOvertaken(conv, open, asked);
    }
  } else if (prompt.kind === "complete") {
    await conv.transport.postComplete(open.kase, prompt);
  }
  await updateRoot(conv, open, state);
  return prompt;
}

/** Ends the live question without a next one (Pause). */
export async function closeTurn(conv: Conversation, open: OpenCase, live: Live, status: string): Promise<void> {
  await setLive(conv.store, open.kase.inspection, open.kase.ref, { turn: live.turn + 1 });
  await closeQuestion(conv, open, live, { status });
  await updateRoot(conv, open);
}

/** Takes the buttons off the question of `live`. Its message id is recorded just after it is
 * posted, so it is read again when `live` was read before that. */
async function closeQuestion(conv: Conversation, open: OpenCase, live: Live, closing: Closing, state?: CaseState): Promise<void> {
  if (!live.question) return;
  const ts = live.ts ?? (await readTurn(conv.store, open.kase.inspection, open.kase.ref, live.turn))?.ts;
  if (!ts) return;
  const old = threadPrompt(open, live.question, state) as QuestionPrompt;
  await conv.transport.closeQuestion(open.kase, ts, old, closing);
}

/** Someone may have moved the thread on (on another instance) between this question being
 * posted and its message id being recorded; they could not close it, so it is closed here.
 * They record their turn before reading ours, and we record ours before reading theirs, so
 * at least one of the two sees the other. */
async function closeIfOvertaken(conv: Conversation, open: OpenCase, live: Required<Live>): Promise<void> {
  const { store } = conv;
  if (!(await movedPast(store, open.kase.inspection, open.kase.ref, live.turn))) return;
  const answers = await store.getAnswers(open.kase.inspection, open.kase.ref);
  const answer = answers[live.question];
  await closeQuestion(conv, { ...open, answers }, live, answer ? { answer } : { status: "Moved on." });
}

/** Refreshes the case's root; `state` is caseState of `open`'s answers, when the caller has it. */
export async function updateRoot(conv: Conversation, open: OpenCase, state?: CaseState): Promise<void> {
  const { kase, framework, answers } = open;
  await conv.transport.updateRoot({ kase, progress: progressOf(framework, answers, undefined, state), flags: flagsFor(framework, kase.ref, answers) });
}
