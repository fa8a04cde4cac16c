import { formatValue } from "../core/interview/answers.ts";
import { findQuestion } from "../core/interview/interview.ts";
import type { OpenCase } from "../service/cases.ts";
import { fail, type Failure } from "../service/result.ts";
import type { Held } from "./hold-turn.ts";
import type { Live } from "./live.ts";
import type { Conversation } from "./transport.ts";

/** Why a move (click or reply) for `turn` and `questionId` no longer fits the conversation, or
 * undefined when it does. */
export function staleFailure(conv: Pick<Conversation, "transport">, open: OpenCase, live: Live, turn: number, questionId: string): Failure | undefined {
  if (turn === live.turn && live.question === questionId) return undefined;
  const { ref } = open.kase;
  const question = findQuestion(open.framework, questionId);
  const answer = open.answers[questionId];
  const stale = (message: string, people?: string[]) => fail("stale", message, people ? { people } : {}).error;
  // The person is named by id; each platform shows them its own way (`people`).
  if (question && answer)
    return stale(
      `Case ${ref} already has *${formatValue(question, answer.value)}* for “${question.text}” (from ${answer.by}). This message is out of date, so nothing was changed; to correct an answer, use *Change an answer* under the latest question.`,
      [answer.by],
    );
  if (open.kase.paused) return stale(`Case ${ref} is paused, so nothing was recorded. \`/casecheck case ${ref}\` carries on.`);
  if (!live.question) return stale(`Case ${ref} has no question waiting, so nothing was recorded. \`/casecheck case ${ref}\` shows where it stands.`);
  return stale(`This message is out of date: case ${ref} has moved on, so nothing was recorded. Answer the latest question at the bottom of the thread.`);
}

/** Another click or reply on the same question is being handled (a double click?). */
export const takenFailure = (ref: string): Failure =>
  fail("busy", `That question on case ${ref} is being answered by another click (a double click?); it is kept once.`).error;

/** The failure for a move on a turn that another move took first, or that moved on meanwhile. */
export function heldFailure(
  conv: Pick<Conversation, "transport">,
  open: OpenCase,
  held: Exclude<Held<unknown>, { ok: true }>,
  turn: number,
  questionId: string,
): Failure {
  return held.why === "taken" ? takenFailure(open.kase.ref) : (staleFailure(conv, open, held.live, turn, questionId) ?? takenFailure(open.kase.ref));
}
