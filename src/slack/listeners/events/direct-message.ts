import type { App } from "@slack/bolt";
import { askDirect } from "../../../service/direct-question.ts";
import { waitingByPerson } from "../../../service/reminders.ts";
import { buildChooseInspection, buildDirectHelp, buildWaitingList } from "../../blocks/direct.ts";
import type { SlackMessage } from "../../blocks/kit.ts";
import { firstDelivery } from "../../dedupe.ts";
import type { Ctx, SlackDeps } from "../../deps.ts";
import { guard } from "../../reply.ts";

export interface DirectMessage {
  user: string;
  channel: string;
  text: string;
  /** The thread it was typed in, if any (replies stay there). */
  thread?: string;
}

const HELP = /^\s*(help|\?|hi|hello)\W*$/i;
const MY_CASES = /^\s*(my cases|what'?s waiting|what is waiting|waiting)\W*$/i;

/** A message to the app in its Messages tab: help, the person's waiting cases, or a question
 * about the figures of the inspections they may read. */
export async function onDirectMessage(ctx: Ctx, dm: DirectMessage): Promise<void> {
  const reply = async (message: SlackMessage | { text: string }) => {
    await ctx.client.chat.postMessage({ channel: dm.channel, ...(dm.thread ? { thread_ts: dm.thread } : {}), ...message });
  };
  if (!dm.text.trim() || HELP.test(dm.text)) return reply(buildDirectHelp());
  if (MY_CASES.test(dm.text)) return reply(buildWaitingList((await waitingByPerson(ctx.deps.store)).get(dm.user) ?? []));
  const answer = await askDirect(ctx.deps.store, dm.user, dm.text, ctx.deps.model);
  if (answer.kind === "choose") return reply(buildChooseInspection(answer.inspections, answer.question));
  await reply({ text: answer.text });
}

/** Direct messages (`message.im`): people's own messages only, not the app's, edits or joins. */
export function registerDirectMessages(app: App, deps: SlackDeps): void {
  app.event("message", async ({ event, body, client, context }) => {
    if (event.channel_type !== "im" || (event.subtype !== undefined && event.subtype !== "file_share")) return;
    if (("bot_id" in event && event.bot_id) || !("user" in event) || !event.user || event.user === context.botUserId) return;
    const thread = "thread_ts" in event && event.thread_ts ? event.thread_ts : undefined;
    const ctx = { deps, client };
    const dm = { user: event.user, channel: event.channel, text: ("text" in event && event.text) || "", ...(thread ? { thread } : {}) };
    await guard(ctx, { channel: event.channel, user: event.user, ...(thread ? { thread } : {}) }, "answering your message", async () => {
      if (await firstDelivery(deps, body.event_id, context.retryNum)) await onDirectMessage(ctx, dm);
    });
  });
}
