import { loadInspection, summariseLoaded } from "../service/inspections.ts";
import { buildSummaryMessages } from "./blocks/summary.ts";
import type { Ctx } from "./deps.ts";

/** Milliseconds from `now` to the next `HH:MM` (UTC), at least one minute ahead. */
export function msUntil(time: string, now: Date): number {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hours, minutes));
  if (next.getTime() - now.getTime() < 60_000) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}

/** Posts the summary of every inspection bound to a channel, in that channel, once for `day`:
 * the claim makes sure that of several instances only one posts. Returns how many it posted. */
export async function postDailySummaries(ctx: Ctx, day: string): Promise<number> {
  let posted = 0;
  for (const inspection of await ctx.deps.store.listInspections()) {
    if (!inspection.channel) continue;
    if (!(await ctx.deps.store.claim(`summary-daily:${inspection.id}:${day}`, 36 * 60 * 60_000))) continue;
    try {
      const loaded = await loadInspection(ctx.deps.store, inspection.id);
      if (!loaded.ok || !loaded.cases.length) continue;
      const [first, ...rest] = buildSummaryMessages(summariseLoaded(loaded), { title: `Daily summary: ${inspection.name}` });
      const root = await ctx.client.chat.postMessage({ channel: inspection.channel, ...first! });
      for (const part of rest) await ctx.client.chat.postMessage({ channel: inspection.channel, thread_ts: root.ts, ...part });
      posted++;
    } catch (error) {
      // One channel the app has left must not stop the others' summaries.
      ctx.deps.logger.error({ err: error, inspection: inspection.id }, "could not post the daily summary");
    }
  }
  return posted;
}

/** Posts the daily summaries at `time` (UTC) every day until the returned stop is called. */
export function scheduleSummaries(ctx: Ctx, time: string): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    timer = setTimeout(async () => {
      await postDailySummaries(ctx, new Date().toISOString().slice(0, 10)).catch((error) => ctx.deps.logger.error({ err: error }, "daily summaries failed"));
      arm();
    }, msUntil(time, new Date()));
    timer.unref();
  };
  arm();
  ctx.deps.logger.info({ time }, "daily summaries scheduled (UTC)");
  return () => clearTimeout(timer);
}
