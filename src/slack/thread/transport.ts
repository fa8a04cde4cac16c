import type { Conversation, ThreadTransport } from "../../conversation/transport.ts";
import { buildCompleteMessage, buildRootMessage } from "../blocks/case-root.ts";
import { mention } from "../blocks/kit.ts";
import { buildAnsweredBlocks, buildClosedQuestionBlocks, buildQuestionBlocks } from "../blocks/question.ts";
import type { Ctx } from "../deps.ts";

/** The conversation's platform calls as Slack Web API calls: a case is a thread under its
 * root message, a turn's question is a message with buttons, closing it replaces them. */
export function slackTransport(ctx: Ctx): ThreadTransport {
  const threadOf = (kase: { ref: string; thread?: { channel: string; ts: string } }) => {
    if (!kase.thread) throw new Error(`case ${kase.ref} has no Slack thread`);
    return kase.thread;
  };
  return {
    async postQuestion(kase, post) {
      const thread = threadOf(kase);
      const message = buildQuestionBlocks(post.prompt, post);
      const posted = await ctx.client.chat.postMessage({ channel: thread.channel, thread_ts: thread.ts, ...message });
      return posted.ts;
    },
    async closeQuestion(kase, ts, prompt, closing) {
      const closed = "answer" in closing ? buildAnsweredBlocks(prompt, closing.answer, kase.inspection) : buildClosedQuestionBlocks(prompt, closing.status);
      await ctx.client.chat.update({ channel: threadOf(kase).channel, ts, ...closed });
    },
    async postComplete(kase, prompt) {
      const thread = threadOf(kase);
      await ctx.client.chat.postMessage({ channel: thread.channel, thread_ts: thread.ts, ...buildCompleteMessage(kase.ref, prompt.progress, prompt.flags) });
    },
    async updateRoot(view) {
      if (!view.kase.thread) return;
      await ctx.client.chat.update({ channel: view.kase.thread.channel, ts: view.kase.thread.ts, ...buildRootMessage(view) });
    },
    name: mention,
  };
}

/** The conversation of a Slack request: the listener's store, log and clock, over Slack. */
export function slackConversation(ctx: Ctx): Conversation {
  return { store: ctx.deps.store, log: ctx.deps.logger, now: ctx.deps.now, transport: slackTransport(ctx) };
}
