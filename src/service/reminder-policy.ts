import { isWeekend, localNow, minutesOf, workingDaysBetween } from "./working-time.ts";

/** What a person chose about their own reminders (`/casecheck reminders …`, or the DM's buttons). */
export interface ReminderPrefs {
  stopped?: boolean;
  /** An ISO instant; no reminder before it. */
  snoozedUntil?: string;
}

export interface ReminderInput {
  /** ISO instant. */
  now: string;
  /** The person's IANA time zone. */
  zone: string;
  /** The local date of their last reminder, if any. */
  last?: string;
  prefs: ReminderPrefs;
  /** The nearest fieldwork deadline among the inspections whose cases wait on them. */
  deadline?: string;
  hours?: { start: string; end: string };
}

export type ReminderDecision =
  { due: true; day: string; every: 1 | 3 } | { due: false; reason: "stopped" | "snoozed" | "weekend" | "outside_hours" | "not_yet"; day: string };

export const WORKING_HOURS = { start: "09:00", end: "17:00" } as const;
/** Within this many working days of the deadline (or past it), a reminder every working day. */
export const CLOSE_TO_DEADLINE = 5;
/** Otherwise (or with no deadline), every third working day. */
export const FAR_FROM_DEADLINE_EVERY = 3;

/** Whether a reminder is due for one person now: in their working hours, never at weekends,
 * at most once a working day; every working day when the deadline is at most 5 working days
 * away (or passed), every third working day before that or with no deadline. The caller
 * decides there is something waiting; this decides only when. */
export function reminderDue({ now, zone, last, prefs, deadline, hours = WORKING_HOURS }: ReminderInput): ReminderDecision {
  const local = localNow(now, zone);
  const day = local.toISODate()!;
  if (prefs.stopped) return { due: false, reason: "stopped", day };
  if (prefs.snoozedUntil && Date.parse(now) < Date.parse(prefs.snoozedUntil)) return { due: false, reason: "snoozed", day };
  if (isWeekend(local)) return { due: false, reason: "weekend", day };
  const minutes = local.hour * 60 + local.minute;
  if (minutes < minutesOf(hours.start) || minutes >= minutesOf(hours.end)) return { due: false, reason: "outside_hours", day };
  const close = deadline !== undefined && workingDaysBetween(day, deadline) <= CLOSE_TO_DEADLINE;
  const every = close ? 1 : FAR_FROM_DEADLINE_EVERY;
  if (last && workingDaysBetween(last, day) < every) return { due: false, reason: "not_yet", day };
  return { due: true, day, every };
}
