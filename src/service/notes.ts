import { asks } from "../core/access.ts";
import { questionsOf } from "../core/framework/define.ts";
import { caseState } from "../core/interview/case-state.ts";
import { recordNote } from "../core/interview/interview.ts";
import type { Question } from "../core/framework/schema.ts";
import type { Store } from "../store/store.ts";
import { mayWorkOn, mayWorkOnCase } from "./case-access.ts";
import { deletedReason, type Actor, type OpenCase } from "./cases.ts";
import { fail, type Result } from "./result.ts";

export interface AddNote {
  /** The question the note is about; without it, the question on screen if it is answered,
   * otherwise the latest answered question this person is asked. */
  question?: string;
  onScreen?: string;
  note: string;
  at: string;
}

/** Adds or replaces the evidence note on an answered question. Noting is working on the
 * question: a case manager cannot write over the inspector's evidence. */
export async function addNote(store: Store, open: OpenCase, actor: Actor, input: AddNote): Promise<Result<{ open: OpenCase; question: Question }>> {
  const onCase = mayWorkOnCase(open, actor);
  if (!onCase.ok) return onCase;
  const target = input.question ?? noteTarget(open, actor, input.onScreen);
  if (!target) return fail("invalid", "Answer a question first; a note is kept with an answer.");
  const allowed = mayWorkOn(open, actor, target);
  if (!allowed.ok) return allowed;
  const recorded = recordNote(open.kase, open.answers, target, input.note, actor.user, input.at);
  if (!recorded.ok) return fail("invalid", recorded.error);
  if (!(await store.saveAnswers(open.kase.inspection, open.kase.ref, [recorded.answer], [recorded.audit], open.kase.createdAt)))
    return fail("not_found", deletedReason(open.kase));
  return { ok: true, open: { ...open, answers: { ...open.answers, [target]: recorded.answer } }, question: allowed.question };
}

function noteTarget(open: OpenCase, actor: Actor, onScreen?: string): string | undefined {
  const { effective } = caseState(open.framework, open.answers);
  if (onScreen && effective[onScreen]) return onScreen;
  return questionsOf(open.framework)
    .filter((q) => effective[q.id] && asks(actor.role)(q))
    .at(-1)?.id;
}
