import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">" };

/** Slack's three entities back to characters, in one pass (so `&amp;lt;` is `&lt;`, as typed). */
export const unescapeSlack = (text: string) => text.replace(/&(amp|lt|gt);/g, (_, name: string) => ENTITIES[name]!);

type Loose = Record<string, unknown>;

/** Global middleware, the one place text from Slack enters: Slack sends message, app_mention
 * and slash command text with `&`, `<` and `>` escaped (its own mentions and links stay
 * `<…>`), so it is unescaped here once and the rest of casecheck stores and reads what the
 * person typed; everything shown is escaped once again (`escape` in blocks/kit.ts). Modal
 * values arrive as typed and are left alone. Listeners get the same objects, so they see it. */
export function unescapeIncoming(): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const b = body as Loose;
    if ("command" in b && typeof b.text === "string") b.text = unescapeSlack(b.text);
    const event = b.event as Loose | undefined;
    if (event && (event.type === "message" || event.type === "app_mention") && typeof event.text === "string") event.text = unescapeSlack(event.text);
    await next();
  };
}
