import { DateTime } from "luxon";
import { may } from "../core/access.ts";
import type { Role } from "../core/records.ts";
import type { Store } from "../store/store.ts";
import { setDeadline, setReminderPrefs, setSchedule, type ScheduleKind } from "./fieldwork-settings.ts";
import { fail, type Result } from "./result.ts";
import { Schedule } from "./schedule-policy.ts";

/** `deadline 2026-12-10`: the last day of fieldwork; leads only. Reminders come more often as it nears. */
export async function setFieldworkDeadline(store: Store, inspection: string, role: Role | undefined, day: string): Promise<Result<{ day: string }>> {
  const allowed = may(role, "manage");
  if (!allowed.ok) return fail("not_allowed", allowed.reason);
  const parsed = DateTime.fromISO(day, { zone: "utc" });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !parsed.isValid) return fail("invalid", `\`${day}\` is not a date: write it as YYYY-MM-DD, such as 2026-12-10.`);
  await setDeadline(store, inspection, day);
  return { ok: true, day };
}

/** `schedule summary weekdays 09:00`: when the inspection's summary or the leads' digest is
 * posted, in the team's time zone; leads only. */
export async function setPostSchedule(
  store: Store,
  inspection: string,
  role: Role | undefined,
  kind: ScheduleKind,
  input: { days: string; time: string },
): Promise<Result<{ schedule: Schedule }>> {
  const allowed = may(role, "manage");
  if (!allowed.ok) return fail("not_allowed", allowed.reason);
  const parsed = Schedule.safeParse(input);
  if (!parsed.success) return fail("invalid", `Use \`schedule ${kind} weekdays|daily HH:MM\`, such as \`schedule ${kind} weekdays 09:00\`.`);
  await setSchedule(store, inspection, kind, parsed.data);
  return { ok: true, schedule: parsed.data };
}

export type ReminderChoice = "snooze" | "stop" | "on";

/** A person's own reminders: snooze a day, stop, or on again. Anyone may; it is only theirs. */
export async function chooseReminders(store: Store, user: string, choice: ReminderChoice, now: string): Promise<{ ok: true; text: string }> {
  if (choice === "stop") {
    await setReminderPrefs(store, user, { stopped: true });
    return { ok: true, text: "Reminders stopped. `/casecheck reminders on` starts them again; your App Home still lists what waits for you." };
  }
  if (choice === "snooze") {
    const until = DateTime.fromISO(now, { zone: "utc" }).plus({ days: 1 }).toISO()!;
    await setReminderPrefs(store, user, { snoozedUntil: until });
    return { ok: true, text: "No reminders for a day. `/casecheck reminders on` brings them back sooner." };
  }
  await setReminderPrefs(store, user, {});
  return { ok: true, text: "Reminders are on: at most one a working day, in your working hours, while something waits for you." };
}
