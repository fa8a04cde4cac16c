import { z } from "zod";
import { isWeekend, localNow, minutesOf } from "./working-time.ts";

/** When a summary or digest is posted: `weekdays 09:00` or `daily 16:30`, in the team's zone. */
export const Schedule = z.object({
  days: z.enum(["weekdays", "daily"]),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day such as 09:00"),
});
export type Schedule = z.infer<typeof Schedule>;

/** A post missed by this much (the app was down, a tick was late) is left for the next day:
 * a 9 o'clock summary at three in the afternoon would only confuse. */
export const LATE_BY_AT_MOST_MINUTES = 60;

export type ScheduleDecision = { due: true; day: string } | { due: false; day: string };

/** Whether a schedule's post is due now: on its days, from its local time until an hour after.
 * Local wall-clock time in `zone`, so 09:00 stays 09:00 across daylight-saving changes. */
export function scheduleDue(schedule: Schedule, now: string, zone: string): ScheduleDecision {
  const local = localNow(now, zone);
  const day = local.toISODate()!;
  if (schedule.days === "weekdays" && isWeekend(local)) return { due: false, day };
  const late = local.hour * 60 + local.minute - minutesOf(schedule.time);
  return { due: late >= 0 && late < LATE_BY_AT_MOST_MINUTES, day };
}
