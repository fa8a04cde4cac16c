import { escape } from "../../blocks/kit.ts";
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { decodeButton, type ButtonValue } from "../../button-value.ts";
import type { Ctx } from "../../deps.ts";
import { tell, type Where } from "../../reply.ts";
import { loadCaseAt, type CaseAt } from "../../thread/load.ts";

export type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** A click on one of a case thread's buttons, with its case loaded. */
export interface CaseClick extends CaseAt {
  button: ButtonValue;
  where: Where;
  body: BlockAction;
}

export type ClickHandler = (ctx: Ctx, click: CaseClick) => Promise<void>;

export function whereOf(body: BlockAction): Where {
  const channel = body.channel?.id ?? String(body.container.channel_id ?? "");
  const thread = body.message?.thread_ts ?? body.container.thread_ts;
  return { channel, user: body.user.id, ...(thread ? { thread: String(thread) } : {}) };
}

/** Reads the button and loads its case; anything unrecognised gets a clear reply, not a guess. */
export async function readClick(ctx: Ctx, { body, action, respond }: ActionArgs): Promise<CaseClick | undefined> {
  const where = { ...whereOf(body), respond };
  const button = decodeButton("value" in action ? (action.value as string | undefined) : undefined);
  if (!button) {
    await tell(ctx, where, "I don't recognise that button (it may come from an older version of casecheck). Nothing was recorded.");
    return undefined;
  }
  const loaded = await loadCaseAt(ctx, button.i, button.c, body.user.id, button.n);
  if (!loaded.ok) {
    await tell(ctx, where, escape(loaded.error));
    return undefined;
  }
  const { ok: _ok, ...at } = loaded;
  return { ...at, button, where, body };
}
