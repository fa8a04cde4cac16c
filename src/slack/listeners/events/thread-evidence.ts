import type { App } from "@slack/bolt";
import { addEvidence } from "../../../service/evidence.ts";
import { firstDelivery } from "../../dedupe.ts";
import type { Ctx, SlackDeps } from "../../deps.ts";
import { evidenceIn, onlyLinks, type SharedFile } from "../../evidence-in.ts";
import { escape } from "../../blocks/kit.ts";
import { guard, tell, tellFailure, type Where } from "../../reply.ts";
import { threadCase, type ThreadCase } from "../../../conversation/live.ts";
import { loadCaseAt } from "../../thread/load.ts";

export interface SharedInThread {
  text?: string;
  files?: SharedFile[];
  where: Where & { thread: string };
}

/** A file or link shared in a case thread: recorded as evidence on the live question if it is
 * answered, else on the last answered one (its Slack id and permalink, never its content). */
export async function onEvidenceShared(ctx: Ctx, found: ThreadCase, shared: SharedInThread): Promise<void> {
  const loaded = await loadCaseAt(ctx, found.inspection, found.ref, shared.where.user, shared.where.channel);
  if (!loaded.ok) return tellFailure(ctx, shared.where, loaded.error);
  const items = evidenceIn(shared, shared.where.user, ctx.deps.now());
  const added = await addEvidence(ctx.deps.store, loaded.open, loaded.actor, items, { ...(loaded.live.question ? { live: loaded.live.question } : {}) });
  await tell(ctx, shared.where, added.ok ? escape(added.text) : `${escape(added.error.message)} The file stays in the thread.`);
}

/** Messages in case threads that share files (`file_share`) or consist only of links; the
 * thread-reply listener leaves these alone, so a file is never read as a typed answer. */
export function registerThreadEvidence(app: App, deps: SlackDeps): void {
  app.event("message", async ({ event, body, client, context }) => {
    if (event.channel_type === "im" || !("thread_ts" in event) || !event.thread_ts || event.thread_ts === event.ts) return;
    if (("bot_id" in event && event.bot_id) || !("user" in event) || !event.user) return;
    const files = "files" in event ? (event.files as SharedFile[] | undefined) : undefined;
    const text = "text" in event ? event.text : undefined;
    if (!(event.subtype === "file_share" && files?.length) && !(event.subtype === undefined && onlyLinks(text))) return;
    const where = { channel: event.channel, user: event.user, thread: event.thread_ts };
    const ctx = { deps, client };
    const found = await threadCase(deps.store, event.channel, event.thread_ts);
    if (!found) return;
    await guard(ctx, where, "adding the evidence", async () => {
      if (await firstDelivery(deps, body.event_id, context.retryNum))
        await onEvidenceShared(ctx, found, { ...(text ? { text } : {}), ...(files ? { files } : {}), where });
    });
  });
}
