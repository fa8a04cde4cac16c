import { escape } from "../../blocks/kit.ts";
import { progressOf } from "../../../core/interview/case-state.ts";
import { loadInspection } from "../../../service/inspections.ts";
import { buildStatusMessage } from "../../blocks/status.ts";
import type { Ctx } from "../../deps.ts";
import { tell, type Where } from "../../reply.ts";
import { inspectionHere } from "./here.ts";

/** `/casecheck status`: progress of every case (a case manager sees their own). */
export async function showStatus(ctx: Ctx, where: Where): Promise<void> {
  const here = await inspectionHere(ctx, where);
  if (!here) return;
  if (!here.role) return tell(ctx, where, "You are not part of this inspection. Ask its lead inspector to add you (`/casecheck role @you inspector`).");
  const loaded = await loadInspection(ctx.deps.store, here.inspection);
  if (!loaded.ok) return tell(ctx, where, escape(loaded.error));
  const rows = loaded.cases
    .filter((kase) => here.role !== "case_manager" || kase.manager === where.user)
    .map((kase) => ({ kase, progress: progressOf(loaded.framework, loaded.scored.find((s) => s.ref === kase.ref)?.answers ?? {}) }));
  const message = buildStatusMessage(loaded.inspection.name, rows);
  await tell(ctx, where, message.text, message.blocks);
}
