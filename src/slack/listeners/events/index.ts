import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.ts";
import { firstDelivery } from "../../dedupe.ts";
import { guard } from "../../reply.ts";
import { threadCase } from "../../thread/live.ts";
import { onHomeOpened } from "./home-opened.ts";
import { onMention } from "./mention.ts";
import { onThreadReply } from "./thread-reply.ts";

/** The Events API: mentions, replies in case threads, the App Home. Bolt acknowledges events
 * itself before these run; each is handled once however often Slack delivers it. */
export function registerEvents(app: App, deps: SlackDeps): void {
  app.event("app_mention", async ({ event, body, client, context }) => {
    if (!(await firstDelivery(deps, body.event_id, context.retryNum))) return;
    const where = { channel: event.channel, user: event.user ?? "", thread: event.thread_ts ?? event.ts };
    await guard({ deps, client }, where, "answering your question", () => onMention({ deps, client }, where, event.text, context.botUserId));
  });

  app.event("message", async ({ event, body, client, context }) => {
    // Only people's replies in a thread (also when sent to the channel too); edits, joins and
    // bots' messages are not answers.
    if ((event.subtype !== undefined && event.subtype !== "thread_broadcast") || !("thread_ts" in event) || !event.thread_ts || event.thread_ts === event.ts) return;
    if (("bot_id" in event && event.bot_id) || !("user" in event) || !event.user) return;
    // A mention in a case thread is a question about the figures, handled by app_mention.
    if (context.botUserId && event.text?.includes(`<@${context.botUserId}`)) return;
    const found = await threadCase(deps.store, event.channel, event.thread_ts);
    if (!found || !(await firstDelivery(deps, body.event_id, context.retryNum))) return;
    const where = { channel: event.channel, user: event.user, thread: event.thread_ts };
    await guard({ deps, client }, where, "reading your reply", () => onThreadReply({ deps, client }, found, { text: event.text ?? "", where }));
  });

  app.event("app_home_opened", async ({ event, body, client, context }) => {
    if (event.tab !== "home" || !(await firstDelivery(deps, body.event_id, context.retryNum))) return;
    await guard({ deps, client }, { channel: event.channel, user: event.user }, "showing your App Home", () => onHomeOpened({ deps, client }, event.user));
  });
}
