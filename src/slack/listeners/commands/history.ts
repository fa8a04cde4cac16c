import { escape } from "../../blocks/kit.ts";
import { may } from "../../../core/access.ts";
import { CaseRef } from "../../../core/records.ts";
import { openCase } from "../../../service/cases.ts";
import type { Ctx } from "../../deps.ts";
import { tell, type Where } from "../../reply.ts";
import { showHistory } from "../../thread/history.ts";
import { inspectionHere } from "./here.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck history D07 [question]`: who answered what and when, with every change and its
 * reason; only the person asking sees it. */
export async function caseHistory(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "history" }>): Promise<void> {
  const here = await inspectionHere(ctx, where);
  if (!here) return;
  // Someone who may not read cases hears why, not whether the case exists.
  const allowed = may(here.role, "read_case");
  if (!allowed.ok) return tell(ctx, where, escape(allowed.reason));
  const ref = CaseRef.safeParse(command.ref);
  if (!ref.success) return tell(ctx, where, `\`${escape(command.ref)}\`: ${ref.error.issues[0]!.message}.`);
  const open = await openCase(ctx.deps.store, here.inspection, ref.data);
  if (!open.ok) return tell(ctx, where, escape(open.error.replace(/ Start it with.*$/, "")));
  const { ok: _ok, ...found } = open;
  await showHistory(ctx, where, found, { user: where.user, role: here.role }, command.question);
}
