import { questionsOf } from "../framework/define.ts";
import type { Framework, Question } from "../framework/schema.ts";
import type { Answer, Answers, AuditEntry, Case, Evidence } from "../records.ts";
import { caseState } from "./case-state.ts";

export type RecordedEvidence = { ok: true; answer: Answer; audit: AuditEntry } | { ok: false; error: string };

/** Which answer evidence shared in a case thread belongs to: the question on screen if it has
 * an answer (after Back), otherwise the latest answered one this person is asked. Evidence
 * belongs to an answer, so an unanswered question cannot take it. */
export function evidenceTarget(framework: Framework, raw: Answers, live: string | undefined, asks: (q: Question) => boolean): string | undefined {
  const { effective } = caseState(framework, raw);
  if (live && effective[live]) return live;
  return questionsOf(framework)
    .filter((q) => effective[q.id] && asks(q))
    .at(-1)?.id;
}

/** Adds evidence to an answered question (a file already there is not added twice); the audit
 * entry keeps its link. Nothing is stored here. */
export function recordEvidence(kase: Case, raw: Answers, questionId: string, items: readonly Evidence[]): RecordedEvidence {
  const before = raw[questionId];
  if (!before) return { ok: false, error: "Answer the question first; evidence is kept with an answer." };
  if (!items.length) return { ok: false, error: "There is no file or link to add." };
  const known = new Set((before.evidence ?? []).map((e) => e.file ?? e.url));
  const added = items.filter((e) => !known.has(e.file ?? e.url));
  const answer: Answer = { ...before, evidence: [...(before.evidence ?? []), ...added] };
  const first = items[0]!;
  const audit: AuditEntry = {
    inspection: kase.inspection,
    case: kase.ref,
    question: questionId,
    action: "evidence",
    before: before.value,
    after: before.value,
    note: items.map((e) => (e.name ? `${e.name}: ${e.url}` : e.url)).join(" "),
    by: first.by,
    at: first.at,
  };
  return { ok: true, answer, audit };
}
