import { visibleCases } from "../core/access.ts";
import { progressOf } from "../core/interview/case-state.ts";
import { waitingFor, whatWaits } from "../core/interview/waiting.ts";
import type { Role } from "../core/records.ts";
import type { Store } from "../store/store.ts";
import { loadInspection, type LoadedInspection } from "./inspections.ts";

/** One inspection on a person's home page: their role, its cases, and what waits for them. */
export interface HomeInspection {
  id: string;
  name: string;
  role: Role;
  channel?: string;
  cases: number;
  complete: number;
  inProgress: Array<{ ref: string; answered: number; total: number; paused: boolean }>;
  /** Cases with questions this person is asked and that are still open. */
  waiting: Array<{ ref: string; questions: number }>;
}

/** Every inspection the person has a role in, as they may see it (a case manager, their own cases). */
export async function homeFor(store: Store, user: string): Promise<HomeInspection[]> {
  const mine: HomeInspection[] = [];
  for (const inspection of await store.listInspections()) {
    const role = await store.getRole(inspection.id, user);
    if (!role) continue;
    const loaded = await loadInspection(store, inspection.id);
    if (loaded.ok) mine.push(homeInspection(loaded, user, role));
  }
  return mine;
}

function homeInspection({ inspection, framework, cases, scored }: LoadedInspection, user: string, role: Role): HomeInspection {
  const visible = visibleCases(role, user, cases);
  const rows = visible.map((kase) => {
    const answers = scored.find((s) => s.ref === kase.ref)?.answers ?? {};
    // What waits on this person is decided once, in core (whatWaits): a manager answers nothing.
    return { kase, all: progressOf(framework, answers), forUser: role === "manager" ? 0 : waitingFor(whatWaits(framework, kase, answers), user) };
  });
  return {
    id: inspection.id,
    name: inspection.name,
    role,
    ...(inspection.channel ? { channel: inspection.channel } : {}),
    cases: visible.length,
    complete: rows.filter((r) => r.all.complete).length,
    inProgress: rows.filter((r) => !r.all.complete).map((r) => ({ ref: r.kase.ref, answered: r.all.answered, total: r.all.total, paused: r.kase.paused })),
    waiting: rows.filter((r) => r.forUser > 0).map((r) => ({ ref: r.kase.ref, questions: r.forUser })),
  };
}
