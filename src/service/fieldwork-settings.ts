import type { Store } from "../store/store.ts";
import type { ReminderPrefs } from "./reminder-policy.ts";
import type { Schedule } from "./schedule-policy.ts";

/** Per-inspection and per-person settings for fieldwork, kept as the store's small values.
 * Inspection keys name the inspection right after their kind, so deleting it removes them. */
const deadlineKey = (inspection: string) => `deadline:${inspection}`;
const scheduleKey = (inspection: string, kind: ScheduleKind) => `schedule:${inspection}:${kind}`;
const prefsKey = (user: string) => `reminder-prefs:${user}`;
const lastKey = (user: string) => `reminder-last:${user}`;
const zoneKey = (user: string) => `user-zone:${user}`;

export type ScheduleKind = "summary" | "digest";

export const getDeadline = (store: Store, inspection: string) => store.getValue<string>(deadlineKey(inspection));
export const setDeadline = (store: Store, inspection: string, day: string) => store.setValue(deadlineKey(inspection), day);

export const getSchedule = (store: Store, inspection: string, kind: ScheduleKind) => store.getValue<Schedule>(scheduleKey(inspection, kind));
export const setSchedule = (store: Store, inspection: string, kind: ScheduleKind, schedule: Schedule) =>
  store.setValue(scheduleKey(inspection, kind), schedule);

export const getReminderPrefs = async (store: Store, user: string): Promise<ReminderPrefs> => (await store.getValue<ReminderPrefs>(prefsKey(user))) ?? {};
export const setReminderPrefs = (store: Store, user: string, prefs: ReminderPrefs) => store.setValue(prefsKey(user), prefs);

/** The local date of a person's last reminder. */
export const getLastReminder = (store: Store, user: string) => store.getValue<string>(lastKey(user));
export const setLastReminder = (store: Store, user: string, day: string) => store.setValue(lastKey(user), day);

/** A person's time zone as Slack last told us; kept a day, so a move abroad is noticed. */
export const getCachedZone = (store: Store, user: string) => store.getValue<string>(zoneKey(user));
export const cacheZone = (store: Store, user: string, zone: string) => store.setValue(zoneKey(user), zone, 24 * 60 * 60_000);

/** Claims sending something once for a day, across instances (the claim outlives the day). */
export const claimOnce = (store: Store, what: string, day: string) => store.claim(`${what}:${day}`, 48 * 60 * 60_000);
