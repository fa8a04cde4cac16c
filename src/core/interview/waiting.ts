import type { Audience, Framework } from "../framework/schema.ts";
import { questionsOf } from "../framework/define.ts";
import type { Answers, Case } from "../records.ts";
import { caseState } from "./case-state.ts";

/** Open questions of one audience and the person they wait on. */
export interface WaitingOn {
  audience: Audience;
  /** The case manager for `cm` questions; the inspector for judgements (and for `cm` questions
   * when the case has no case manager, since inspectors may answer those too). */
  user: string;
  questions: string[];
}

export interface CaseWaiting {
  ref: string;
  /** Every applicable question answered: nothing waits on anyone. */
  complete: boolean;
  paused: boolean;
  /** Only audiences with at least one open question. */
  waits: WaitingOn[];
}

/** The inspector of a case: whoever started it (the case record keeps no other inspector). */
export const inspectorOf = (kase: Case): string => kase.createdBy;

/** What a case waits on, and on whom: decided here once for the App Home, reminders and DMs.
 * Questions still pending (their applicability depends on an answer not yet given) wait on
 * nobody yet; they open when that answer comes. */
export function whatWaits(framework: Framework, kase: Case, raw: Answers): CaseWaiting {
  const { states } = caseState(framework, raw);
  const open = questionsOf(framework).filter((q) => states.get(q.id) === "open");
  const pending = questionsOf(framework).some((q) => states.get(q.id) === "pending");
  const waits: WaitingOn[] = [];
  for (const audience of ["cm", "insp"] as const) {
    const questions = open.filter((q) => q.audience === audience).map((q) => q.id);
    const user = audience === "cm" ? (kase.manager ?? inspectorOf(kase)) : inspectorOf(kase);
    if (!questions.length) continue;
    const same = waits.find((w) => w.user === user);
    if (same) same.questions.push(...questions);
    else waits.push({ audience, user, questions });
  }
  return { ref: kase.ref, complete: !open.length && !pending, paused: kase.paused, waits };
}

/** How many of a case's open questions wait on `user` (0 when none). */
export function waitingFor(waiting: CaseWaiting, user: string): number {
  return waiting.waits.filter((w) => w.user === user).reduce((n, w) => n + w.questions.length, 0);
}
