import { LIMITS } from "../limits.ts";
import { cut, type Block } from "./kit.ts";

/** What the blocks say, as one text: a message's `text` is what notifications and screen
 * readers read, so it carries the content, not only a title. Section, header and context text
 * in order (mrkdwn kept: Slack formats `text` the same way), cut to Slack's limit. */
export function fallbackText(blocks: readonly Block[], lead?: string): string {
  const parts = blocks.flatMap((b) => {
    if (b.type === "section" || b.type === "header") return b.text?.text ? [b.text.text] : [];
    if (b.type === "context") return b.elements.flatMap((e) => ("text" in e && typeof e.text === "string" ? [e.text] : []));
    return [];
  });
  return cut([...(lead ? [lead] : []), ...parts].join("\n"), LIMITS.messageText);
}
