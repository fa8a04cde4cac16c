import { escape } from "../blocks/kit.ts";
import { asks, mayOnCase } from "../../core/access.ts";
import { questionsOf } from "../../core/framework/define.ts";
import type { Actor, OpenCase } from "../../service/cases.ts";
import { buildHistoryMessage } from "../blocks/history.ts";
import type { Ctx } from "../deps.ts";
import { tell, type Where } from "../reply.ts";

/** Shows the audit trail of one question of a case (or of every answered question) to the
 * person asking, if they may read the case: only they see it. Case managers see their own
 * cases' factual questions, as they are asked nothing else (DESIGN.md, Access). */
export async function showHistory(ctx: Ctx, where: Where, open: OpenCase, actor: Actor, questionId?: string): Promise<void> {
  const { kase, framework, answers } = open;
  const allowed = mayOnCase(actor.role, actor.user, kase, "read_case");
  if (!allowed.ok) return tell(ctx, where, escape(allowed.reason));
  const visible = questionsOf(framework).filter(asks(actor.role));
  const asked = questionId?.toLowerCase();
  const chosen = asked ? questionsOf(framework).filter((q) => q.id.toLowerCase() === asked) : visible;
  if (asked && !chosen.length) return tell(ctx, where, `There is no question \`${escape(questionId!)}\`. Press *History* under an answered question in the case thread, or use its id, such as \`${visible[0]?.id ?? "rosh.planning"}\`.`);
  if (asked && !visible.includes(chosen[0]!)) return tell(ctx, where, "Case managers see the history of the factual questions about their own cases only.");
  const audit = await ctx.deps.store.listAudit(kase.inspection, kase.ref);
  const questions = chosen
    .map((question) => ({ question, current: answers[question.id], entries: audit.filter((e) => e.question === question.id) }))
    .filter((h) => asked || h.current || h.entries.length);
  if (!questions.length) return tell(ctx, where, `Nothing has been answered on case ${kase.ref} yet, so it has no history.`);
  const message = buildHistoryMessage({ inspection: kase.inspection, caseRef: kase.ref, questions });
  await tell(ctx, where, message.text, message.blocks);
}
