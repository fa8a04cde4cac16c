import type { ThreadCase } from "../../../conversation/live.ts";
import { staleFailure } from "../../../conversation/stale.ts";
import { answerTurn } from "../../../conversation/turn.ts";
import { addNote } from "../../../service/notes.ts";
import type { Ctx } from "../../deps.ts";
import { escape } from "../../blocks/kit.ts";
import { tell, tellFailure, type Where } from "../../reply.ts";
import { loadCaseAt, type CaseAt } from "../../thread/load.ts";
import { slackConversation } from "../../thread/transport.ts";

export interface Reply {
  text: string;
  where: Where & { thread: string };
}

const NOTE = /^\s*note\s*:\s*/i;

/** A typed reply in a case thread: an answer to the live question ("no, it was late" is No
 * with a note), or with a leading "note:" evidence for the last answer. */
export async function onThreadReply(ctx: Ctx, found: ThreadCase, reply: Reply): Promise<void> {
  const loaded = await loadCaseAt(ctx, found.inspection, found.ref, reply.where.user, reply.where.channel);
  if (!loaded.ok) return tellFailure(ctx, reply.where, loaded.error);
  if (NOTE.test(reply.text)) return noteReply(ctx, loaded, reply);
  const { open, actor, live } = loaded;
  const conv = slackConversation(ctx);
  if (!live.question) return tellFailure(ctx, reply.where, staleFailure(conv, open, live, -1, "")!);
  const result = await answerTurn(conv, { open, actor, live, turn: live.turn, question: live.question, text: reply.text });
  if (!result.ok) return tellFailure(ctx, reply.where, result.error);
  if (actor.role === "case_manager" && result.prompt.kind === "complete")
    await tell(ctx, reply.where, `Thank you: that is every question for you on case ${open.kase.ref}. The inspector answers the rest.`);
}

async function noteReply(ctx: Ctx, { open, actor, live }: CaseAt, reply: Reply): Promise<void> {
  const noted = await addNote(ctx.deps.store, open, actor, { onScreen: live.question, note: reply.text.replace(NOTE, ""), at: ctx.deps.now() });
  if (!noted.ok) return tellFailure(ctx, reply.where, noted.error);
  await tell(ctx, reply.where, `Note added to “${escape(noted.question.text)}”.`);
}
