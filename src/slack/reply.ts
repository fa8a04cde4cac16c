import type { RespondFn } from "@slack/bolt";
import type { Block } from "./blocks/kit.ts";
import type { Ctx } from "./deps.ts";
import { describeFailure } from "./failure.ts";

export interface Where {
  channel: string;
  user: string;
  /** Replies in a case thread stay in the thread. */
  thread?: string;
  /** The request's response_url (commands and buttons): it reaches the person even in a
   * channel the app has not been invited to, where chat.postEphemeral cannot. */
  respond?: RespondFn;
  /** A slash command's trigger, for opening a modal. */
  trigger?: string;
}

/** Tells one person something only they see: refusals, errors, confirmations. If even that
 * fails, the failure is logged; there is no one else to tell. */
export async function tell(ctx: Ctx, where: Where, text: string, blocks?: Block[]): Promise<void> {
  try {
    await ctx.client.chat.postEphemeral({
      channel: where.channel,
      user: where.user,
      text,
      ...(where.thread ? { thread_ts: where.thread } : {}),
      ...(blocks ? { blocks } : {}),
    });
  } catch (error) {
    ctx.deps.logger.error({ err: error, channel: where.channel, user: where.user }, "could not send an ephemeral reply");
    if (!where.respond) return;
    await where.respond({ response_type: "ephemeral", replace_original: false, text, ...(blocks ? { blocks } : {}) }).catch((again: unknown) =>
      ctx.deps.logger.error({ err: again, user: where.user }, "could not reply through response_url either"),
    );
  }
}

/** Runs a listener's work after ack: any failure (Slack's Web API, the store, a bug) is logged
 * with what was being done, and the person is told in words they can act on. */
export async function guard(ctx: Ctx, where: Where, doing: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const failure = describeFailure(error);
    ctx.deps.logger.error({ err: error, doing, channel: where.channel, user: where.user, slackError: failure.code }, `failed while ${doing}`);
    await tell(ctx, where, `Sorry, something went wrong while ${doing}. ${failure.advice}`);
  }
}
