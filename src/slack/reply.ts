import type { RespondFn } from "@slack/bolt";
import type { Failure } from "../service/result.ts";
import { escape, mention, type Block } from "./blocks/kit.ts";
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
    await where
      .respond({ response_type: "ephemeral", replace_original: false, text, ...(blocks ? { blocks } : {}) })
      .catch((again: unknown) => ctx.deps.logger.error({ err: again, user: where.user }, "could not reply through response_url either"));
  }
}

/** A use case's refusal in words, for the person only. The codes that need more than the
 * message are worded here, the one place Slack turns codes into text. */
export function tellFailure(ctx: Ctx, where: Where, failure: Failure): Promise<void> {
  switch (failure.code) {
    case "moved":
      return tell(ctx, where, `This inspection has moved to <#${failure.channel}>: carry on there. Nothing was done here.`);
    default:
      // Messages may quote what a person typed: escaped, so nothing becomes a live mention or
      // link; the people a failure names on purpose (`people`) are mentioned again.
      return tell(ctx, where, withMentions(escape(failure.message), failure.people));
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

/** Escaped text with the people a failure names by id shown as Slack shows people. */
function withMentions(text: string, people: readonly string[] = []): string {
  return people.reduce((out, id) => out.split(escape(id)).join(mention(id)), text);
}
