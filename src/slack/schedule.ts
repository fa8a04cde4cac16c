import type { Inspection } from "../core/records.ts";
import { digestOf } from "../service/digest.ts";
import { claimOnce, getSchedule, type ScheduleKind } from "../service/fieldwork-settings.ts";
import { loadInspection, summariseLoaded } from "../service/inspections.ts";
import { scheduleDue, type Schedule } from "../service/schedule-policy.ts";
import { buildDigestMessage } from "./blocks/reminder.ts";
import { postSummaryWithCharts } from "./summary-post.ts";
import type { Ctx } from "./deps.ts";

/** When posts go out for inspections with no schedule of their own, in the team's zone. */
export interface ScheduleDefaults {
  zone: string;
  /** From SUMMARY_POST_TIME (daily); none = summaries only on demand. */
  summary?: Schedule;
  digest?: Schedule;
}

export const DEFAULT_DIGEST: Schedule = { days: "weekdays", time: "09:00" };

/** Posts an inspection's summary in its channel; false when there is nothing to post. */
async function postSummary(ctx: Ctx, inspection: Inspection): Promise<boolean> {
  const loaded = await loadInspection(ctx.deps.store, inspection.id);
  if (!inspection.channel || !loaded.ok || !loaded.cases.length) return false;
  await postSummaryWithCharts(ctx, inspection.channel, summariseLoaded(loaded), {
    title: `Daily summary: ${inspection.name}`,
    threshold: loaded.framework.improvementBelow,
  });
  return true;
}

/** Sends the leads their digest of progress by case manager, each in a direct message. */
async function postDigest(ctx: Ctx, inspection: Inspection): Promise<boolean> {
  const loaded = await loadInspection(ctx.deps.store, inspection.id);
  if (!loaded.ok || !loaded.cases.length) return false;
  const message = buildDigestMessage(digestOf(loaded));
  const leads = (await ctx.deps.store.listRoles(inspection.id)).filter((r) => r.role === "lead" && /^[UW][A-Z0-9]+$/.test(r.user));
  for (const lead of leads) await ctx.client.chat.postMessage({ channel: lead.user, ...message });
  return leads.length > 0;
}

const POSTS: Record<ScheduleKind, (ctx: Ctx, inspection: Inspection) => Promise<boolean>> = { summary: postSummary, digest: postDigest };

/** Posts every scheduled summary and digest due at `now` (an ISO instant), each once for its
 * local day whichever instance gets there first. Returns what it posted. */
export async function runSchedules(ctx: Ctx, now: string, defaults: ScheduleDefaults): Promise<Array<{ inspection: string; kind: ScheduleKind }>> {
  const posted: Array<{ inspection: string; kind: ScheduleKind }> = [];
  for (const inspection of await ctx.deps.store.listInspections()) {
    for (const kind of ["summary", "digest"] as const) {
      const schedule = (await getSchedule(ctx.deps.store, inspection.id, kind)) ?? defaults[kind];
      if (!schedule) continue;
      const decision = scheduleDue(schedule, now, defaults.zone);
      if (!decision.due || !(await claimOnce(ctx.deps.store, `${kind}-daily:${inspection.id}`, decision.day))) continue;
      try {
        if (await POSTS[kind](ctx, inspection)) posted.push({ inspection: inspection.id, kind });
      } catch (error) {
        // One channel the app has left must not stop the others' posts.
        ctx.deps.logger.error({ err: error, inspection: inspection.id, kind }, `could not post the scheduled ${kind}`);
      }
    }
  }
  return posted;
}
