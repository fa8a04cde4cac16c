import { asks, mayOnCase } from "../core/access.ts";
import { evidenceTarget, recordEvidence } from "../core/interview/evidence.ts";
import type { Evidence } from "../core/records.ts";
import type { Store } from "../store/store.ts";
import { mayWorkOn, mayWorkOnCase } from "./case-access.ts";
import { deletedReason, type Actor, type OpenCase } from "./cases.ts";
import { fail, type Result } from "./result.ts";

/** Records files or links as evidence on a case's answer: `questionId` when chosen (the
 * shortcut's modal), otherwise the live question if answered, else the last answered one. */
export async function addEvidence(
  store: Store,
  open: OpenCase,
  actor: Actor,
  items: readonly Evidence[],
  at: { questionId?: string; live?: string },
): Promise<Result<{ question: string; text: string; open: OpenCase }>> {
  const onCase = mayWorkOnCase(open, actor);
  if (!onCase.ok) return onCase;
  const target = at.questionId ?? evidenceTarget(open.framework, open.answers, at.live, asks(actor.role));
  if (!target) return fail("invalid", "Answer a question first; evidence is kept with an answer.");
  // Evidence is work on the question: the same check as answering or noting it.
  const allowed = mayWorkOn(open, actor, target);
  if (!allowed.ok) return allowed;
  const { question } = allowed;
  const recorded = recordEvidence(open.kase, open.answers, question.id, items);
  if (!recorded.ok) return fail("invalid", recorded.error);
  if (!(await store.saveAnswers(open.kase.inspection, open.kase.ref, [recorded.answer], [recorded.audit], open.kase.createdAt)))
    return fail("not_found", deletedReason(open.kase));
  const what = items.length === 1 ? (items[0]!.file ? "File" : "Link") : `${items.length} files and links`;
  return {
    ok: true,
    question: question.id,
    text: `${what} added as evidence to “${question.text}” on case ${open.kase.ref}.`,
    open: { ...open, answers: { ...open.answers, [question.id]: recorded.answer } },
  };
}

export interface CaseChoice {
  inspection: string;
  inspectionName: string;
  ref: string;
  framework: string;
}

/** The cases a person may add evidence to (answer on): every case of the inspections where
 * they answer, and only their own where they are a case manager. */
export async function casesToAnswer(store: Store, user: string): Promise<CaseChoice[]> {
  const out: CaseChoice[] = [];
  for (const inspection of await store.listInspections()) {
    const role = await store.getRole(inspection.id, user);
    if (!role) continue;
    for (const kase of await store.listCases(inspection.id))
      if (mayOnCase(role, user, kase, "answer").ok)
        out.push({ inspection: inspection.id, inspectionName: inspection.name, ref: kase.ref, framework: inspection.framework });
  }
  return out.sort((a, b) => a.inspection.localeCompare(b.inspection) || a.ref.localeCompare(b.ref, "en", { numeric: true }));
}
