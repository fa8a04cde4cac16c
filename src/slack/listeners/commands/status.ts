import { statusOf } from "../../../service/figures.ts";
import { buildStatusMessage } from "../../blocks/status.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure, type Where } from "../../reply.ts";
import { inspectionHere } from "./here.ts";

/** `/casecheck status`: progress of every case the person may see (statusOf decides which). */
export async function showStatus(ctx: Ctx, where: Where): Promise<void> {
  const here = await inspectionHere(ctx, where);
  if (!here) return;
  const status = await statusOf(ctx.deps.store, here, where.user);
  if (!status.ok) return tellFailure(ctx, where, status.error);
  const message = buildStatusMessage(status.name, status.rows);
  await tell(ctx, where, message.text, message.blocks);
}
