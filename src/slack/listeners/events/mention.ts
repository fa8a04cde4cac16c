import { askQuestion } from "../../../service/ask.ts";
import { inspectionInChannel } from "../../../service/channel.ts";
import { loadInspection } from "../../../service/inspections.ts";
import { buildHelpMessage } from "../../blocks/help.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure, type Where } from "../../reply.ts";

/** A question about the figures, from a mention or `/casecheck ask`: answered by the
 * deterministic engine (the model, if any, only reads the question). */
export async function answerFigures(ctx: Ctx, where: Where, question: string): Promise<string | undefined> {
  const { store } = ctx.deps;
  const here = await inspectionInChannel(store, where.channel, where.user, "read_figures");
  if (!here.ok) {
    await tellFailure(ctx, where, here.error);
    return undefined;
  }
  const loaded = await loadInspection(store, here.inspection);
  if (!loaded.ok) {
    await tellFailure(ctx, where, loaded.error);
    return undefined;
  }
  const answer = await askQuestion({ framework: loaded.framework, cases: loaded.scored, question, model: ctx.deps.model });
  return answer.text;
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
  if (answer) await ctx.client.chat.postMessage({ channel: where.channel, thread_ts: where.thread, text: answer });
}
