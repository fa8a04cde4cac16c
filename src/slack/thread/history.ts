import type { Actor, OpenCase } from "../../service/cases.ts";
import { readHistory } from "../../service/history.ts";
import { buildHistoryMessage } from "../blocks/history.ts";
import type { Ctx } from "../deps.ts";
import { tell, tellFailure, type Where } from "../reply.ts";

/** Shows the audit trail of one question of a case (or of every answered question) to the
 * person asking, if readHistory allows: only they see it. */
export async function showHistory(ctx: Ctx, where: Where, open: OpenCase, actor: Actor, questionId?: string): Promise<void> {
  const history = await readHistory(ctx.deps.store, open, actor, questionId);
  if (!history.ok) return tellFailure(ctx, where, history.error);
  const message = buildHistoryMessage({ inspection: open.kase.inspection, caseRef: open.kase.ref, questions: history.questions });
  await tell(ctx, where, message.text, message.blocks);
}
