import { escape } from "../../blocks/kit.ts";
import { asks } from "../../../core/access.ts";
import { questionsOf } from "../../../core/framework/define.ts";
import { caseState } from "../../../core/interview/case-state.ts";
import { findQuestion } from "../../../core/interview/interview.ts";
import { addNote } from "../../../service/cases.ts";
import type { Ctx } from "../../deps.ts";
import { tell, type Where } from "../../reply.ts";
import { loadCaseAt, type CaseAt } from "../../thread/load.ts";
import { answerTurn, staleReason } from "../../thread/turn.ts";
import type { ThreadCase } from "../../thread/live.ts";

export interface Reply {
  text: string;
  where: Where & { thread: string };
}

const NOTE = /^\s*note\s*:\s*/i;

/** A typed reply in a case thread: an answer to the live question ("no, it was late" is No
 * with a note), or with a leading "note:" evidence for the last answer. */
export async function onThreadReply(ctx: Ctx, found: ThreadCase, reply: Reply): Promise<void> {
  const loaded = await loadCaseAt(ctx, found.inspection, found.ref, reply.where.user);
  if (!loaded.ok) return tell(ctx, reply.where, escape(loaded.error));
  if (NOTE.test(reply.text)) return noteReply(ctx, loaded, reply);
  const { open, actor, live } = loaded;
  if (!live.question) return tell(ctx, reply.where, staleReason(open, live, -1, "")!);
  const result = await answerTurn(ctx, { open, actor, live, turn: live.turn, question: live.question, text: reply.text });
  if (!result.ok) return tell(ctx, reply.where, escape(result.error));
  if (actor.role === "case_manager" && result.prompt.kind === "complete")
    await tell(ctx, reply.where, `Thank you: that is every question for you on case ${open.kase.ref}. The inspector answers the rest.`);
}

async function noteReply(ctx: Ctx, { open, actor, live }: CaseAt, reply: Reply): Promise<void> {
  const { effective } = caseState(open.framework, open.answers);
  // The question on screen if it has an answer (after Back), otherwise the latest answered one.
  const target =
    live.question && effective[live.question]
      ? live.question
      : questionsOf(open.framework).filter((q) => effective[q.id] && asks(actor.role)(q)).at(-1)?.id;
  if (!target) return tell(ctx, reply.where, "Answer a question first; a note is kept with an answer.");
  const noted = await addNote(ctx.deps.store, open, actor, target, reply.text.replace(NOTE, ""), ctx.deps.now());
  if (!noted.ok) return tell(ctx, reply.where, escape(noted.error));
  await tell(ctx, reply.where, `Note added to “${escape(findQuestion(open.framework, target)!.text)}”.`);
}
