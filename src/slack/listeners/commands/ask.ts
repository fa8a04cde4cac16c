import { askInChannel } from "../../../service/ask-here.ts";
import { buildAskAnswer } from "../../blocks/ask-answer.ts";
import { escape, mention } from "../../blocks/kit.ts";
import type { Ctx } from "../../deps.ts";
import { tellFailure, type Where } from "../../reply.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck ask QUESTION`: a slash command has no thread, so the answer is posted in the
 * channel with the question it answers. */
export async function askFigures(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "ask" }>): Promise<void> {
  const asked = await askInChannel(ctx.deps.store, { channel: where.channel, user: where.user, question: command.question, model: ctx.deps.model });
  if (!asked.ok) return tellFailure(ctx, where, asked.error);
  await ctx.client.chat.postMessage({ channel: where.channel, ...buildAskAnswer(asked.answer, `${mention(where.user)} asked: _${escape(command.question)}_`) });
}
