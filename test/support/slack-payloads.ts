import { readFileSync } from "node:fs";

/** Builders of the requests Slack sends, from the templates in fixtures/slack (written from the
 * shapes in shared/slack-samples). Each returns the body as Slack would send it. */
const template = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/slack/${name}`, import.meta.url), "utf8"));

export interface SlackBody {
  body: string;
  contentType: string;
}

const form = (fields: Record<string, string>): SlackBody => ({
  body: new URLSearchParams(fields).toString(),
  contentType: "application/x-www-form-urlencoded",
});
const payload = (value: unknown): SlackBody => form({ payload: JSON.stringify(value) });
const json = (value: unknown): SlackBody => ({ body: JSON.stringify(value), contentType: "application/json" });

let triggers = 0;

export function slashCommand(user: string, channel: string, text: string, responseUrl?: string): SlackBody {
  const base = template("slash-command.json");
  return form({
    ...base,
    user_id: user,
    user_name: user.toLowerCase(),
    channel_id: channel,
    text,
    trigger_id: `${++triggers}.111.trigger`,
    response_url: responseUrl ?? base.response_url,
  });
}

export interface ClickedButton {
  action_id: string;
  block_id: string;
  value?: string;
  text: { type: "plain_text"; text: string; emoji?: boolean };
}

export interface ClickedMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  blocks?: unknown[];
}

export function blockActions(
  user: string,
  message: ClickedMessage,
  button: ClickedButton,
  state: Record<string, unknown> = {},
  responseUrl?: string,
): SlackBody {
  const base = template("block-actions.json");
  const thread = message.thread_ts ? { thread_ts: message.thread_ts } : {};
  return payload({
    ...base,
    user: { ...base.user, id: user, username: user.toLowerCase(), name: user.toLowerCase() },
    container: { type: "message", message_ts: message.ts, channel_id: message.channel, is_ephemeral: false, ...thread },
    channel: { id: message.channel, name: "inspection" },
    message: { ...base.message, ts: message.ts, ...thread, blocks: message.blocks ?? [] },
    trigger_id: `${++triggers}.222.trigger`,
    state: { values: state },
    response_url: responseUrl ?? base.response_url,
    actions: [{ type: "button", action_ts: `${Date.now() / 1000}`, ...button }],
  });
}

/** A modal as views.open received it, submitted with `values` (block_id → action_id → value). */
export function viewSubmission(
  user: string,
  view: { callback_id: string; private_metadata?: string; blocks?: unknown[]; id?: string; hash?: string },
  values: Record<string, Record<string, unknown>>,
): SlackBody {
  const base = template("view-submission.json");
  return payload({
    ...base,
    user: { ...base.user, id: user },
    trigger_id: `${++triggers}.333.trigger`,
    view: { ...base.view, ...view, id: view.id ?? base.view.id, hash: view.hash ?? base.view.hash, state: { values } },
  });
}

let events = 0;

export function eventCallback(
  name: "app-mention" | "message.thread-reply" | "app-home-opened" | "message.im" | "message.file-share",
  event: Record<string, unknown>,
  eventId = `Ev${++events}`,
): SlackBody {
  const base = template(`${name}.event.json`);
  return json({ ...base, event_id: eventId, event_time: Math.floor(Date.now() / 1000), event: { ...base.event, ...event } });
}

/** A message shortcut ("message_action") used on `message`, shaped after java-slack-sdk's
 * MessageShortcutPayload sample. */
export function messageShortcut(
  user: string,
  callbackId: string,
  channel: string,
  message: Record<string, unknown>,
  responseUrl = "https://hooks.slack.com/app/T111/111/shortcut",
): SlackBody {
  return payload({
    type: "message_action",
    token: "verification_token",
    action_ts: `${Date.now() / 1000}`,
    team: { id: "T111", domain: "casecheck-test" },
    user: { id: user, username: user.toLowerCase(), team_id: "T111", name: user.toLowerCase() },
    channel: { id: channel, name: "inspection" },
    is_enterprise_install: false,
    callback_id: callbackId,
    trigger_id: `${++triggers}.444.trigger`,
    response_url: responseUrl,
    message_ts: message.ts,
    message: { type: "message", ...message },
  });
}
