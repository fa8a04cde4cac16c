import type { SlackBlock } from "./fake-slack.ts";

/** The requests Slack sends casecheck, shaped as in fixtures/slack (from shared/slack-samples):
 * a slash command and a block action, form-encoded as Slack sends them. */

export interface Message {
  channel: string;
  ts: string;
  thread_ts?: string;
  blocks: SlackBlock[];
}

/** Who clicks, and in which channel. */
export interface Sender {
  user: string;
  channel: string;
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
let triggers = 0;

export function slashCommand(u: Sender, text: string): string {
  return form({
    token: "t",
    team_id: "T111",
    team_domain: "bench",
    channel_id: u.channel,
    channel_name: "inspection",
    user_id: u.user,
    user_name: u.user.toLowerCase(),
    command: "/casecheck",
    text,
    api_app_id: "A111",
    is_enterprise_install: "false",
    response_url: "https://hooks.slack.com/commands/T111/1/x",
    trigger_id: `${++triggers}.1.t`,
  });
}

export function blockActions(u: Sender, message: Message, action: Record<string, unknown>, state: Record<string, unknown> = {}): string {
  const thread = message.thread_ts ? { thread_ts: message.thread_ts } : {};
  return form({
    payload: JSON.stringify({
      type: "block_actions",
      user: { id: u.user, username: u.user.toLowerCase(), name: u.user.toLowerCase(), team_id: "T111" },
      api_app_id: "A111",
      token: "t",
      container: { type: "message", message_ts: message.ts, channel_id: u.channel, is_ephemeral: false, ...thread },
      trigger_id: `${++triggers}.2.t`,
      team: { id: "T111", domain: "bench" },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: u.channel, name: "inspection" },
      message: { type: "message", subtype: "bot_message", bot_id: "B0BOT", user: "U0BOT", ts: message.ts, ...thread, text: "", blocks: message.blocks },
      state: { values: state },
      response_url: "https://hooks.slack.com/actions/T111/1/x",
      actions: [{ type: "button", action_ts: `${Date.now() / 1000}`, text: { type: "plain_text", text: "Yes" }, ...action }],
    }),
  });
}

/** A question message as the bare baseline's clicks carry it: the same blocks as ours, so the
 * request bodies Bolt parses are the same size. */
export function sampleQuestion(u: Sender, n: number): Message {
  const value = (v?: string) => JSON.stringify({ i: "bench", c: "B1", q: "rosh.planning", n, ...(v ? { v } : {}) });
  const button = (text: string, action_id: string, v?: string) => ({ type: "button", text: { type: "plain_text", text }, action_id, value: value(v) });
  return {
    channel: u.channel,
    ts: `1700000000.${String(n).padStart(6, "0")}`,
    thread_ts: "1700000000.000000",
    blocks: [
      { type: "context", elements: [{ type: "mrkdwn", text: "Case B1 · 12 of 38 · Protecting the public" }] },
      { type: "section", text: { type: "mrkdwn", text: "*Was there enough planning at the start to manage the risk of harm?*" } },
      { type: "context", elements: [{ type: "mrkdwn", text: "For the inspector." }] },
      {
        type: "actions",
        block_id: "answer",
        elements: [button("Yes", "answer:yes", "yes"), button("No", "answer:no", "no"), button("Not applicable", "answer:na", "na")],
      },
      {
        type: "actions",
        block_id: "navigate",
        elements: [button("Back", "back"), button("Skip", "skip"), button("Add note", "note"), button("Change an answer", "change"), button("Pause", "pause")],
      },
    ],
  };
}
