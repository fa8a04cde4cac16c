import { may } from "../core/access.ts";
import { whatWaits } from "../core/interview/waiting.ts";
import type { Case } from "../core/records.ts";
import type { Store } from "../store/store.ts";
import { claimOnce, getDeadline, getLastReminder, getReminderPrefs, setLastReminder } from "./fieldwork-settings.ts";
import { loadInspection } from "./inspections.ts";
import { reminderDue, type ReminderDecision } from "./reminder-policy.ts";

/** A case with questions waiting on one person. */
export interface WaitingCase {
  inspection: string;
  inspectionName: string;
  ref: string;
  questions: number;
  thread?: Case["thread"];
  deadline?: string;
}

/** People are reminded only when they are Slack users (a typed name cannot get a DM). */
const SLACK_USER = /^[UW][A-Z0-9]+$/;

/** Everyone something waits on, across every inspection, with their cases. Paused cases are
 * left out (someone chose to leave them for now), and so is anyone no longer answering in the
 * inspection. */
export async function waitingByPerson(store: Store): Promise<Map<string, WaitingCase[]>> {
  const people = new Map<string, WaitingCase[]>();
  for (const { id } of await store.listInspections()) {
    const loaded = await loadInspection(store, id);
    if (!loaded.ok) continue;
    const deadline = await getDeadline(store, id);
    // Someone whose role was taken away (or who only reads figures) hears nothing about its cases.
    const answering = new Set((await store.listRoles(id)).filter((r) => may(r.role, "answer").ok).map((r) => r.user));
    for (const kase of loaded.cases) {
      const waiting = whatWaits(loaded.framework, kase, loaded.scored.find((s) => s.ref === kase.ref)?.answers ?? {});
      if (waiting.paused) continue;
      for (const w of waiting.waits) {
        if (!SLACK_USER.test(w.user) || !answering.has(w.user)) continue;
        const list = people.get(w.user) ?? [];
        const same = list.find((c) => c.inspection === id && c.ref === kase.ref);
        if (same) same.questions += w.questions.length;
        else
          list.push({
            inspection: id,
            inspectionName: loaded.inspection.name,
            ref: kase.ref,
            questions: w.questions.length,
            ...(kase.thread ? { thread: kase.thread } : {}),
            ...(deadline ? { deadline } : {}),
          });
        people.set(w.user, list);
      }
    }
  }
  return people;
}

export interface Reminder {
  user: string;
  day: string;
  cases: WaitingCase[];
}

/** The reminders to send now, each already claimed for its person's local day, so of several
 * instances ticking at once only one sends it. `zoneOf` gives a person's time zone. Whoever
 * sends one calls `reminded` afterwards, or `unclaim` if sending failed. */
export async function claimDueReminders(
  store: Store,
  now: string,
  zoneOf: (user: string) => Promise<string>,
): Promise<{ due: Reminder[]; decisions: Map<string, ReminderDecision> }> {
  const due: Reminder[] = [];
  const decisions = new Map<string, ReminderDecision>();
  for (const [user, cases] of await waitingByPerson(store)) {
    const deadline = cases.flatMap((c) => (c.deadline ? [c.deadline] : [])).sort()[0];
    const [prefs, last, zone] = await Promise.all([getReminderPrefs(store, user), getLastReminder(store, user), zoneOf(user)]);
    const decision = reminderDue({ now, zone, prefs, ...(last ? { last } : {}), ...(deadline ? { deadline } : {}) });
    decisions.set(user, decision);
    if (!decision.due || !(await claimOnce(store, `reminder:${user}`, decision.day))) continue;
    due.push({ user, day: decision.day, cases });
  }
  return { due, decisions };
}

export const reminded = (store: Store, reminder: Reminder) => setLastReminder(store, reminder.user, reminder.day);
export const unclaim = (store: Store, reminder: Reminder) => store.release(`reminder:${reminder.user}:${reminder.day}`);
