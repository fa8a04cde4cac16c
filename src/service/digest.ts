import { progressOf } from "../core/interview/case-state.ts";
import { waitingFor, whatWaits } from "../core/interview/waiting.ts";
import type { LoadedInspection } from "./inspections.ts";

/** One case manager's part of an inspection, for the leads' daily digest. */
export interface ManagerProgress {
  /** A Slack user id or a name; undefined for cases with no case manager. */
  manager: string | undefined;
  cases: number;
  complete: number;
  /** Factual questions still waiting on them. */
  waitingOnThem: number;
}

export interface Digest {
  inspection: string;
  name: string;
  cases: number;
  complete: number;
  byManager: ManagerProgress[];
}

/** Progress by case manager: how many of their cases are complete and what waits on them. */
export function digestOf({ inspection, framework, cases, scored }: LoadedInspection): Digest {
  const byManager = new Map<string | undefined, ManagerProgress>();
  let complete = 0;
  for (const kase of cases) {
    const answers = scored.find((s) => s.ref === kase.ref)?.answers ?? {};
    const done = progressOf(framework, answers).complete;
    if (done) complete++;
    const row = byManager.get(kase.manager) ?? { manager: kase.manager, cases: 0, complete: 0, waitingOnThem: 0 };
    row.cases++;
    if (done) row.complete++;
    if (kase.manager) row.waitingOnThem += waitingFor(whatWaits(framework, kase, answers), kase.manager);
    byManager.set(kase.manager, row);
  }
  const rows = [...byManager.values()].sort((a, b) => (a.manager ?? "~").localeCompare(b.manager ?? "~"));
  return { inspection: inspection.id, name: inspection.name, cases: cases.length, complete, byManager: rows };
}
