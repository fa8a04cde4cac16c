import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.ts";
import { firstDelivery } from "../../dedupe.ts";
import { guard } from "../../reply.ts";
import { threadCase } from "../../../conversation/live.ts";
import { registerDirectMessages } from "./direct-message.ts";
import { onHomeOpened } from "./home-opened.ts";
import { onlyLinks } from "../../evidence-in.ts";
import { registerThreadEvidence } from "./thread-evidence.ts";
import { onMention } from "./mention.ts";
import { onThreadReply } from "./thread-reply.ts";

/** The Events API: mentions, replies in case threads, the App Home. Bolt acknowledges events
 * itself before these run; each is handled once however often Slack delivers it, and a
 * failure (the store unreachable) is told to the person, not only logged. */
export function registerEvents(app: App, deps: SlackDeps): void {
  app.event("app_mention", async ({ event, body, client, context }) => {
    // Only a person's mention in a channel can be answered (not a bot's, nor a malformed event).
    if (!event.user || !event.channel || !event.ts) return;
    const where = { channel: event.channel, user: event.user, thread: event.thread_ts ?? event.ts };
    await guard({ deps, client }, where, "answering your question", async () => {
      if (await firstDelivery(deps, body.event_id, context.retryNum)) await onMention({ deps, client }, where, event.text ?? "", context.botUserId);
    });
  });

  app.event("message", async ({ event, body, client, context }) => {
    // Only people's replies in a thread (also when sent to the channel too); edits, joins and
    // bots' messages are not answers.
    if ((event.subtype !== undefined && event.subtype !== "thread_broadcast") || !("thread_ts" in event) || !event.thread_ts || event.thread_ts === event.ts)
      return;
    if (("bot_id" in event && event.bot_id) || !("user" in event) || !event.user) return;
    // A mention in a case thread is a question about the figures, handled by app_mention.
    if (context.botUserId && event.text?.includes(`<@${context.botUserId}`)) return;
    // Links alone are evidence, recorded by registerThreadEvidence.
    if (onlyLinks(event.text)) return;
    const ctx = { deps, client };
    const where = { channel: event.channel, user: event.user, thread: event.thread_ts };
    const read = async () => {
      const found = await threadCase(deps.store, event.channel, event.thread_ts!);
      if (found && (await firstDelivery(deps, body.event_id, context.retryNum))) await onThreadReply(ctx, found, { text: event.text ?? "", where });
    };
    // Case threads hang under the app's own root message. A failure under anyone else's is
    // only logged (app.error): it is no case thread, and its people need not hear about it.
    const underOurs = "parent_user_id" in event && event.parent_user_id === context.botUserId;
    await (underOurs ? guard(ctx, where, "reading your reply", read) : read());
  });

  registerDirectMessages(app, deps);
  registerThreadEvidence(app, deps);

  app.event("app_home_opened", async ({ event, body, client, context }) => {
    if (event.tab !== "home") return;
    await guard({ deps, client }, { channel: event.channel, user: event.user }, "showing your App Home", async () => {
      if (await firstDelivery(deps, body.event_id, context.retryNum)) await onHomeOpened({ deps, client }, event.user);
    });
  });
}
