import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "pino";
import { z } from "zod";

/** The fields every listener relies on, per kind of request: who sent it and where from.
 * Slack always sends them; Bolt's types assume them but do not check. */
const Sender = z.object({ id: z.string().min(1) });
const Values = z.record(z.string(), z.record(z.string(), z.looseObject({})));
const SHAPES: Record<string, z.ZodType> = {
  command: z.object({ user_id: z.string().min(1), channel_id: z.string().min(1), text: z.string() }),
  block_actions: z.object({
    user: Sender,
    container: z.looseObject({}),
    actions: z.array(z.looseObject({ action_id: z.string() })).min(1),
    state: z.object({ values: Values }).optional(),
  }),
  view_submission: z.object({
    user: Sender,
    view: z.object({ id: z.string(), hash: z.string(), callback_id: z.string(), private_metadata: z.string().optional(), state: z.object({ values: Values }) }),
  }),
  event_callback: z.object({ event: z.looseObject({ type: z.string() }), event_id: z.string().optional() }),
};

/** The kind as Bolt routes it: by the fields present, whatever `type` says. */
function kindOf(body: object): string {
  for (const [field, kind] of [
    ["command", "command"],
    ["event", "event_callback"],
    ["actions", "block_actions"],
    ["view", "view_submission"],
  ] as const)
    if (field in body) return kind;
  return String((body as { type?: unknown }).type);
}

/** Global middleware: a request without those fields is logged and goes no further (the
 * receiver acknowledges it), so no listener acts on a half-formed request or fails on one. */
export function wellFormed(logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const shape = SHAPES[kindOf(body)];
    const checked = shape?.safeParse(body);
    if (!checked || checked.success) return next();
    logger.warn({ kind: kindOf(body), problem: checked.error.issues[0]?.path.join(".") }, "ignored a malformed Slack request");
  };
}
