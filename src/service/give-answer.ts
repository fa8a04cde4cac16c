import type { Question } from "../core/framework/schema.ts";
import { formatValue, readAnswer, validateAnswer } from "../core/interview/answers.ts";
import { recordAnswer, sameValue, type Prompt } from "../core/interview/interview.ts";
import type { Answer, AnswerValue } from "../core/records.ts";
import type { Store } from "../store/store.ts";
import { mayWorkOn } from "./case-access.ts";
import { currentPrompt, deletedReason, type Actor, type OpenCase } from "./cases.ts";
import { fail, type Result } from "./result.ts";

export interface GiveAnswer {
  question: string;
  /** A button's value, or typed text to be read. */
  value?: AnswerValue;
  text?: string;
  note?: string;
  /** Why an answer is changing; a different answer to an answered question needs one. */
  reason?: string;
  at: string;
}

/** An answer checked and ready to store. */
export interface CheckedAnswer {
  question: Question;
  value: AnswerValue;
  note?: string;
  reason?: string;
  /** The same answer again with nothing to add (on a revisited question): nothing to store. */
  unchanged: boolean;
  /** The stored answer to that question, if any. */
  current?: Answer;
}

/** Every check an answer must pass, in one place, with nothing read or written: who may answer
 * this question of this case, whether the value (or typed text) is an answer to it, and whether
 * changing an answer says why. A click, a typed reply, a change form and the shell all come here. */
export function checkAnswer(open: OpenCase, actor: Actor, input: Omit<GiveAnswer, "at">): Result<{ checked: CheckedAnswer }> {
  const allowed = mayWorkOn(open, actor, input.question);
  if (!allowed.ok) return allowed;
  const { question } = allowed;
  const read = input.value !== undefined ? validateAnswer(question, input.value) : readAnswer(question, input.text ?? "");
  if (!read.ok) return fail("invalid", input.value !== undefined ? `${question.text} ${read.error}.` : read.error);
  const note =
    [read.note, input.note]
      .map((n) => n?.trim())
      .filter(Boolean)
      .join(" ") || undefined;
  const reason = input.reason?.trim() || undefined;
  const current = open.answers[question.id];
  if (current && !sameValue(current.value, read.value) && !reason)
    return fail("needs_reason", `Case ${open.kase.ref} already has "${formatValue(question, current.value)}" for this question. Say why you are changing it.`, {
      value: read.value,
    });
  const unchanged = !!current && sameValue(current.value, read.value) && !note && !reason;
  return {
    ok: true,
    checked: { question, value: read.value, ...(note ? { note } : {}), ...(reason ? { reason } : {}), unchanged, ...(current ? { current } : {}) },
  };
}

/** Stores a checked answer with its audit entry (or nothing, when it is unchanged), un-skips and
 * un-pauses the case, and returns the case as it now stands with the person's next prompt. */
export async function saveAnswer(
  store: Store,
  open: OpenCase,
  actor: Actor,
  checked: CheckedAnswer,
  at: string,
): Promise<Result<{ prompt: Prompt; open: OpenCase; answer: Answer; recorded: boolean }>> {
  const { kase, answers, framework } = open;
  const id = checked.question.id;
  if (checked.unchanged) return { ok: true, prompt: currentPrompt(open, actor), open, answer: checked.current!, recorded: false };
  const recorded = recordAnswer(framework, kase, answers, id, { value: checked.value, note: checked.note, reason: checked.reason, by: actor.user, at });
  if (!recorded.ok) return fail("invalid", recorded.error);
  // Guarded by the case's creation time: an answer in flight across a delete is refused.
  if (!(await store.saveAnswers(kase.inspection, kase.ref, [recorded.answer], [recorded.audit], kase.createdAt))) return fail("not_found", deletedReason(kase));
  let updated = kase;
  if (kase.skipped.includes(id) || kase.paused) {
    updated = { ...kase, skipped: kase.skipped.filter((q) => q !== id), paused: false };
    if (!(await store.saveCase(updated, "existing"))) return fail("not_found", deletedReason(kase));
  }
  const next: OpenCase = { ...open, kase: updated, answers: { ...answers, [id]: recorded.answer } };
  return { ok: true, prompt: currentPrompt(next, actor), open: next, answer: recorded.answer, recorded: true };
}

/** The use case "give an answer": checkAnswer, then saveAnswer. The only way an answer or a
 * change is recorded (imports aside); the conversation layer splits it only to claim the
 * turn in between. */
export async function giveAnswer(
  store: Store,
  open: OpenCase,
  actor: Actor,
  input: GiveAnswer,
): Promise<Result<{ prompt: Prompt; open: OpenCase; answer: Answer; recorded: boolean }>> {
  const checked = checkAnswer(open, actor, input);
  if (!checked.ok) return checked;
  return saveAnswer(store, open, actor, checked.checked, input.at);
}
