import type { App } from "@slack/bolt";
import { answerInChannel } from "../../../service/ask-here.ts";
import { buildAskAnswer, decodeChoice } from "../../blocks/ask-answer.ts";
import { mention } from "../../blocks/kit.ts";
import type { Ctx, SlackDeps } from "../../deps.ts";
import { ASK_CHOICE_ACTION } from "../../ids.ts";
import { guard, tell, tellFailure } from "../../reply.ts";
import { whereOf, type ActionArgs } from "./case-button.ts";

/** A click on a choice under an unsure answer: the chosen figure, posted in the same thread.
 * Access is checked again: whoever clicks must be allowed to see the figures. */
export async function onAskChoice(ctx: Ctx, { body, action, respond }: ActionArgs): Promise<void> {
  const where = { ...whereOf(body), respond };
  const query = decodeChoice("value" in action ? (action.value as string | undefined) : undefined);
  if (!query) return tell(ctx, where, "I don't recognise that button (it may come from an older version of casecheck).");
  const chosen = await answerInChannel(ctx.deps.store, { channel: where.channel, user: where.user, query });
  if (!chosen.ok) return tellFailure(ctx, where, chosen.error);
  const message = buildAskAnswer(chosen.answer, `${mention(where.user)} chose:`);
  // In the thread of the answer clicked, or under it when it was posted in the channel.
  const thread = where.thread ?? body.message?.ts ?? body.container.message_ts;
  await ctx.client.chat.postMessage({ channel: where.channel, ...(thread ? { thread_ts: String(thread) } : {}), ...message });
}

export function registerAskChoice(app: App, deps: SlackDeps): void {
  app.action(ASK_CHOICE_ACTION, async (args) => {
    await args.ack();
    const ctx = { deps, client: args.client };
    const a = args as ActionArgs;
    await guard(ctx, { ...whereOf(a.body), respond: a.respond }, "showing that figure", () => onAskChoice(ctx, a));
  });
}
