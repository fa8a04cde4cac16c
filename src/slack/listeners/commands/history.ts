import { CaseRef } from "../../../core/records.ts";
import { escape } from "../../blocks/kit.ts";
import { openCase } from "../../../service/cases.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure, type Where } from "../../reply.ts";
import { showHistory } from "../../thread/history.ts";
import { inspectionHere } from "./here.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck history D07 [question]`: who answered what and when, with every change and its
 * reason; only the person asking sees it. */
export async function caseHistory(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "history" }>): Promise<void> {
  // Someone who may not read cases hears why, not whether the case exists.
  const here = await inspectionHere(ctx, where, "read_case");
  if (!here) return;
  const ref = CaseRef.safeParse(command.ref);
  if (!ref.success) return tell(ctx, where, `\`${escape(command.ref)}\`: ${ref.error.issues[0]!.message}.`);
  const open = await openCase(ctx.deps.store, here.inspection, ref.data, { channel: where.channel });
  if (!open.ok) return tellFailure(ctx, where, open.error);
  const { ok: _ok, ...found } = open;
  await showHistory(ctx, where, found, { user: where.user, role: here.role }, command.question);
}
