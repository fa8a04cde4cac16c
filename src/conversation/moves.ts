import type { Prompt } from "../core/interview/interview.ts";
import type { OpenCase } from "../service/cases.ts";
import { checkPause, checkSkip, goBack, pauseCase, skipQuestion } from "../service/navigate.ts";
import type { Result } from "../service/result.ts";
import { holdTurn } from "./hold-turn.ts";
import { getLive, type Live } from "./live.ts";
import { closeTurn, moveOn, threadPrompt, updateRoot } from "./move-on.ts";
import type { Conversation } from "./transport.ts";
import { navigate, type Move } from "./turn.ts";

/** Skip: the question is left for the end. */
export function skipTurn(conv: Conversation, move: Move): Promise<Result<{ prompt: Prompt }>> {
  return navigate(conv, move, checkSkip(move.open, move.actor, move.question), async (live) => {
    const skipped = await skipQuestion(conv.store, move.open, move.actor, move.question);
    if (!skipped.ok) return skipped;
    return { ok: true, prompt: await moveOn(conv, skipped.open, live, { status: "Skipped for now: asked again at the end." }) };
  });
}

/** Back: the question before, with its answer, to keep or change. */
export function backTurn(conv: Conversation, move: Move): Promise<Result<{ prompt: Prompt }>> {
  const previous = goBack(move.open, move.actor, move.question);
  return navigate(conv, move, previous, async (live) => {
    if (!previous.ok) return previous;
    return { ok: true, prompt: await moveOn(conv, move.open, live, { status: "Went back to the previous question." }, previous.prompt.question.id) };
  });
}

/** Pause: the live question closes; `case REF` carries on. */
export function pauseTurn(conv: Conversation, move: Move): Promise<Result<{ open: OpenCase }>> {
  return navigate(conv, move, checkPause(move.open, move.actor, move.question), async (live) => {
    const paused = await pauseCase(conv.store, move.open, move.actor, move.question);
    if (!paused.ok) return paused;
    await closeTurn(conv, paused.open, live, `Paused by ${conv.transport.name(move.actor.user)}. \`/casecheck case ${paused.open.kase.ref}\` carries on.`);
    return paused;
  });
}

/** Shows the case's current question again at the end of its conversation (a new or resumed
 * case); undefined when another move is under way. */
export async function showCurrent(conv: Conversation, open: OpenCase, status: string): Promise<Prompt | undefined> {
  const live = await getLive(conv.store, open.kase.inspection, open.kase.ref);
  const held = await holdTurn(conv, open.kase.inspection, open.kase.ref, live.turn, (now) => moveOn(conv, open, now, { status }), live);
  return held.ok ? held.value : undefined;
}

/** After a change the live question may be answered (it was the one changed) or no longer
 * apply; then the conversation moves on. Otherwise only the root changes. */
export async function settleAfterChange(conv: Conversation, open: OpenCase, live: Live, changed: string): Promise<void> {
  const next = threadPrompt(open);
  const nextId = next.kind === "question" ? next.question.id : undefined;
  const stays = live.question ? live.question === nextId && live.question !== changed : open.kase.paused || next.kind !== "question";
  if (stays) return updateRoot(conv, open);
  const closing = live.question === changed ? { answer: open.answers[changed]! } : { status: "Moved on: an earlier answer changed." };
  const held = await holdTurn(conv, open.kase.inspection, open.kase.ref, live.turn, (now) => moveOn(conv, open, now, closing), live);
  // Someone else moved the conversation on meanwhile; their move shows the change too.
  if (!held.ok) await updateRoot(conv, open);
}
