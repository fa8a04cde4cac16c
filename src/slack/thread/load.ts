import { getLive, getLiveNear, type Live } from "../../conversation/live.ts";
import { openCase, type Actor, type OpenCase } from "../../service/cases.ts";
import type { Result } from "../../service/result.ts";
import type { Ctx } from "../deps.ts";

/** A case as a listener needs it: its answers, who is acting and where its thread stands. */
export interface CaseAt {
  open: OpenCase;
  actor: Actor;
  live: Live;
}

/** Loads a case with its thread's state and the person's role, all read at once. `turn`, the
 * turn a button carries, is where the thread most likely stands (getLiveNear). `channel`, where
 * the request came from: a channel the inspection has left is refused. */
export async function loadCaseAt(ctx: Ctx, inspection: string, ref: string, user: string, channel: string | undefined, turn?: number): Promise<Result<CaseAt>> {
  const { store } = ctx.deps;
  const [open, role, live] = await Promise.all([
    openCase(store, inspection, ref, { channel }),
    store.getRole(inspection, user),
    turn === undefined ? getLive(store, inspection, ref) : getLiveNear(store, inspection, ref, turn),
  ]);
  if (!open.ok) return open;
  const { ok: _ok, ...rest } = open;
  return { ok: true, open: rest, actor: { user, role }, live };
}
