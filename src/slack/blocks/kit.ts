import type { types } from "@slack/bolt";
import { LIMITS } from "../limits.ts";

/** Block Kit types and the few constructors every builder uses. Text is cut to Slack's
 * limits here, so no builder can produce a block Slack would reject. */
export type Block = types.KnownBlock;
export type Button = types.Button;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;
export type PlainTextOption = types.PlainTextOption;

/** A message as chat.postMessage takes it: `text` is the notification and screen-reader fallback. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export const plain = (text: string, max: number = LIMITS.sectionText) => ({ type: "plain_text" as const, text: cut(text, max), emoji: true });
export const mrkdwn = (text: string, max: number = LIMITS.sectionText) => ({ type: "mrkdwn" as const, text: cut(text, max) });

export const section = (text: string): Block => ({ type: "section", text: mrkdwn(text) });
export const header = (text: string): Block => ({ type: "header", text: plain(text, LIMITS.headerText) });
export const context = (...texts: string[]): Block => ({
  type: "context",
  elements: texts.slice(0, LIMITS.contextElements).map((t) => mrkdwn(t)),
});
export const divider = (): Block => ({ type: "divider" });

export function button(text: string, actionId: string, value: string, style?: "primary" | "danger"): Button {
  return { type: "button", text: plain(text, LIMITS.buttonText), action_id: actionId, value, ...(style ? { style } : {}) };
}

export const option = (text: string, value: string): PlainTextOption & { value: string } => ({
  text: plain(text, LIMITS.optionText),
  value: value.slice(0, LIMITS.optionValue),
});

/** Escapes `&`, `<` and `>` for mrkdwn, as Slack asks. Everything that came from a person
 * (inspection names, case managers, notes, reasons, question texts, any input quoted back)
 * goes through here wherever it is shown, so nothing typed becomes a live `<!channel>`,
 * `<@…>` mention or `<http…|link>`. The only live mentions casecheck posts are the ones it
 * makes itself from a Slack user id (`mention`), a channel id or a date. */
export const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A Slack user id (a person Slack knows), as opposed to a name typed in a CSV or the shell. */
export const isSlackUser = (user: string) => /^[UW][A-Z0-9]{2,}$/.test(user);

/** A person as mrkdwn: a live mention for a Slack user id, otherwise their name as text. */
export const mention = (user: string | undefined) => (!user ? "nobody yet" : isSlackUser(user) ? `<@${user}>` : escape(user));

/** Splits lines into chunks that each fit one section block. */
export function chunkLines(lines: readonly string[], max: number = LIMITS.sectionText): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const raw of lines) {
    const line = cut(raw, max);
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) chunks.push(current);
  return chunks;
}
