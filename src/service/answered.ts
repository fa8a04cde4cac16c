import { asks } from "../core/access.ts";
import { questionsOf } from "../core/framework/define.ts";
import { formatValue } from "../core/interview/answers.ts";
import { caseState } from "../core/interview/case-state.ts";
import { mayWorkOnCase } from "./case-access.ts";
import type { Actor, OpenCase } from "./cases.ts";
import { fail, type Result } from "./result.ts";

/** An answered question offered to change or note: "Yes · Was there sufficient planning…". */
export interface AnsweredChoice {
  id: string;
  label: string;
}

/** The answered questions this person may change or add a note to, in asking order (what the
 * change and note forms offer). Submitting a form checks the chosen question again. */
export function answeredChoices(open: OpenCase, actor: Actor): Result<{ answered: AnsweredChoice[] }> {
  const allowed = mayWorkOnCase(open, actor);
  if (!allowed.ok) return allowed;
  const { effective } = caseState(open.framework, open.answers);
  const answered = questionsOf(open.framework)
    .filter((q) => effective[q.id] && asks(actor.role)(q))
    .map((q) => ({ id: q.id, label: `${formatValue(q, effective[q.id]!.value)} · ${q.text}` }));
  if (!answered.length) return fail("not_found", `Nothing is answered on case ${open.kase.ref} yet.`);
  return { ok: true, answered };
}
