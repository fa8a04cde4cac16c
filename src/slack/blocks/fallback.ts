import { LIMITS } from "../limits.ts";
import { cut, escape, type Block } from "./kit.ts";

type Text = { type: string; text: string };
/** Text as mrkdwn: plain_text (headers, buttons) is shown as typed, so it is escaped here. */
const asMrkdwn = (t: Text) => (t.type === "plain_text" ? escape(t.text) : t.text);

/** What the blocks say, as one text: a message's `text` is what notifications and screen
 * readers read, so it carries the content, not only a title. Section, header and context text
 * in order (mrkdwn kept: Slack formats `text` the same way; plain text escaped), cut to Slack's limit. */
export function fallbackText(blocks: readonly Block[], lead?: string): string {
  const parts = blocks.flatMap((b) => {
    if (b.type === "section" || b.type === "header") return b.text?.text ? [asMrkdwn(b.text)] : [];
    if (b.type === "context") return b.elements.flatMap((e) => ("text" in e && typeof e.text === "string" ? [asMrkdwn(e as Text)] : []));
    return [];
  });
  return cut([...(lead ? [lead] : []), ...parts].join("\n"), LIMITS.messageText);
}
