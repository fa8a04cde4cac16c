import { askInChannel } from "../../../service/ask-here.ts";
import type { AskResult } from "../../../service/ask.ts";
import { buildAskAnswer } from "../../blocks/ask-answer.ts";
import { buildHelpMessage } from "../../blocks/help.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure, type Where } from "../../reply.ts";

/** A question about the figures, from a mention or `/casecheck ask`: askInChannel decides who
 * may ask, and the deterministic engine answers (the model, if any, only reads the question).
 * Refusals go to the person only; the answer is returned for posting. */
export async function answerFigures(ctx: Ctx, where: Where, question: string): Promise<AskResult | undefined> {
  const asked = await askInChannel(ctx.deps.store, { channel: where.channel, user: where.user, question, model: ctx.deps.model });
  if (asked.ok) return asked.answer;
  await tellFailure(ctx, where, asked.error);
  return undefined;
}

/** `@casecheck how many risk reviews were sufficient?`: the answer goes in the thread where asked.
 * A mention with no question gets the help, shown only to whoever asked for it. */
export async function onMention(ctx: Ctx, where: Where & { thread: string }, text: string, botUser?: string): Promise<void> {
  const question = text.replace(botUser ? new RegExp(`<@${botUser}(\\|[^>]*)?>`, "g") : /^\s*<@[^>]+>/, "").trim();
  if (!question || /^help\??$/i.test(question)) {
    const help = buildHelpMessage();
    return tell(ctx, where, help.text, help.blocks);
  }
  const answer = await answerFigures(ctx, where, question);
  if (answer) await ctx.client.chat.postMessage({ channel: where.channel, thread_ts: where.thread, ...buildAskAnswer(answer) });
}
