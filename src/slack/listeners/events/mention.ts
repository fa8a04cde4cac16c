import { may } from "../../../core/access.ts";
import { askQuestion, type AskResult } from "../../../service/ask.ts";
import { loadInspection } from "../../../service/inspections.ts";
import { buildAskAnswer } from "../../blocks/ask-answer.ts";
import { buildHelpMessage } from "../../blocks/help.ts";
import type { Ctx } from "../../deps.ts";
import { tell, type Where } from "../../reply.ts";

/** A question about the figures, from a mention or `/casecheck ask`: answered by the
 * deterministic engine (the model, if any, only reads the question). */
export async function answerFigures(ctx: Ctx, where: Where, question: string): Promise<AskResult | undefined> {
  const { store } = ctx.deps;
  const inspectionId = await store.getChannelInspection(where.channel);
  if (!inspectionId) {
    await tell(ctx, where, "This channel has no inspection, so I have no figures to ask about. `/casecheck new ID` starts one here.");
    return undefined;
  }
  const allowed = may(await store.getRole(inspectionId, where.user), "read_figures");
  if (!allowed.ok) {
    await tell(ctx, where, allowed.reason);
    return undefined;
  }
  const loaded = await loadInspection(store, inspectionId);
  if (!loaded.ok) {
    await tell(ctx, where, loaded.error);
    return undefined;
  }
  return askQuestion({ framework: loaded.framework, cases: loaded.scored, question, model: ctx.deps.model });
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
