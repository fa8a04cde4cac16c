import { asks } from "../core/access.ts";
import { questionsOf } from "../core/framework/define.ts";
import type { Question } from "../core/framework/schema.ts";
import type { Answer, AuditEntry } from "../core/records.ts";
import type { Store } from "../store/store.ts";
import { mayReadCase } from "./case-access.ts";
import type { Actor, OpenCase } from "./cases.ts";
import { fail, type Result } from "./result.ts";

/** One question's trail: its answer now and every entry of the audit trail about it, oldest first. */
export interface QuestionHistory {
  question: Question;
  current?: Answer;
  entries: readonly AuditEntry[];
}

/** The audit trail of one question of a case (or of every answered question), if this person
 * may read the case. Case managers see their own cases' factual questions, as they are asked
 * nothing else (DESIGN.md, Access). */
export async function readHistory(store: Store, open: OpenCase, actor: Actor, questionId?: string): Promise<Result<{ questions: QuestionHistory[] }>> {
  const { kase, framework, answers } = open;
  const allowed = mayReadCase(open, actor);
  if (!allowed.ok) return allowed;
  const visible = questionsOf(framework).filter(asks(actor.role));
  const asked = questionId?.toLowerCase();
  const chosen = asked ? questionsOf(framework).filter((q) => q.id.toLowerCase() === asked) : visible;
  if (asked && !chosen.length)
    return fail(
      "not_found",
      `There is no question \`${questionId}\`. Press *History* under an answered question in the case thread, or use its id, such as \`${visible[0]?.id ?? "rosh.planning"}\`.`,
    );
  if (asked && !visible.includes(chosen[0]!)) return fail("not_allowed", "Case managers see the history of the factual questions about their own cases only.");
  const audit = await store.listAudit(kase.inspection, kase.ref);
  const questions = chosen
    .map((question) => ({ question, current: answers[question.id], entries: audit.filter((e) => e.question === question.id) }))
    .filter((h) => asked || h.current || h.entries.length);
  if (!questions.length) return fail("not_found", `Nothing has been answered on case ${kase.ref} yet, so it has no history.`);
  return { ok: true, questions };
}
