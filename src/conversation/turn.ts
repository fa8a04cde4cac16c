import type { Prompt } from "../core/interview/interview.ts";
import type { AnswerValue } from "../core/records.ts";
import type { Actor, OpenCase } from "../service/cases.ts";
import { checkAnswer, saveAnswer } from "../service/give-answer.ts";
import { fail, type Result } from "../service/result.ts";
import { StoreUnavailableError } from "../store/store.ts";
import { holdTurn } from "./hold-turn.ts";
import type { Live } from "./live.ts";
import { moveOn } from "./move-on.ts";
import { heldFailure, staleFailure } from "./stale.ts";
import type { Conversation } from "./transport.ts";

export type TurnResult = Result<{ prompt: Prompt; open: OpenCase }>;

/** A move on a case's conversation: the case, who moves, where the conversation stands, and the
 * turn and question the move was made on (a button carries them; a typed reply takes the live ones). */
export interface Move {
  open: OpenCase;
  actor: Actor;
  live: Live;
  turn: number;
  question: string;
}

export interface AnswerMove extends Move {
  /** A button's value, or typed text to read. */
  value?: AnswerValue;
  text?: string;
}

const notSaved = (ref: string) =>
  fail("not_saved", `Your answer on case ${ref} was *not saved*: the store could not be reached. Try again in a moment; answers confirmed before are safe.`);
const savedButStuck = (ref: string) =>
  fail(
    "not_saved",
    `Your answer on case ${ref} was saved, but the thread could not move on: the store could not be reached. \`/casecheck case ${ref}\` brings the next question once it is back.`,
  );

/** Answers the live question: the move must fit the turn, then giveAnswer's checks (who may,
 * what the value is, whether a change says why) run before anything is claimed; the turn is
 * claimed so a double click records once; the answer is stored, and only then shown as
 * recorded and the conversation moved on. */
export async function answerTurn(conv: Conversation, move: AnswerMove): Promise<TurnResult> {
  const { open, actor, live } = move;
  const stale = staleFailure(conv, open, live, move.turn, move.question);
  if (stale) return { ok: false, error: stale };
  const checked = checkAnswer(open, actor, { question: move.question, value: move.value, text: move.text });
  if (!checked.ok) return checked;
  let saved = false;
  try {
    const held = await holdTurn(
      conv,
      open.kase.inspection,
      open.kase.ref,
      move.turn,
      async (now): Promise<TurnResult> => {
        const given = await saveAnswer(conv.store, open, actor, checked.checked, conv.now());
        if (!given.ok) return given;
        saved = given.recorded;
        await moveOn(conv, given.open, now, { answer: given.answer });
        return { ok: true, prompt: given.prompt, open: given.open };
      },
      live,
    );
    return held.ok ? held.value : { ok: false, error: heldFailure(conv, open, held, move.turn, move.question) };
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    conv.log.error(
      { err: error, inspection: open.kase.inspection, case: open.kase.ref, question: move.question, saved },
      "the store failed while recording an answer",
    );
    return saved ? savedButStuck(open.kase.ref) : notSaved(open.kase.ref);
  }
}

/** Runs a navigation move (skip, back, pause) once it fits the turn and `check` allows it,
 * holding the turn while it works. */
export async function navigate<T>(conv: Conversation, move: Move, check: Result<object>, work: (live: Live) => Promise<Result<T>>): Promise<Result<T>> {
  const stale = staleFailure(conv, move.open, move.live, move.turn, move.question);
  if (stale) return { ok: false, error: stale };
  if (!check.ok) return check;
  const held = await holdTurn(conv, move.open.kase.inspection, move.open.kase.ref, move.turn, work, move.live);
  return held.ok ? held.value : { ok: false, error: heldFailure(conv, move.open, held, move.turn, move.question) };
}
