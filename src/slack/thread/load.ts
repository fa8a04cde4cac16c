import { openCase, type Actor, type OpenCase } from "../../service/cases.ts";
import type { Result } from "../../service/inspections.ts";
import type { Ctx } from "../deps.ts";
import { getLive, type Live } from "./live.ts";

/** A case as a listener needs it: its answers, who is acting and where its thread stands. */
export interface CaseAt {
  open: OpenCase;
  actor: Actor;
  live: Live;
}

export async function loadCaseAt(ctx: Ctx, inspection: string, ref: string, user: string): Promise<Result<CaseAt>> {
  const { store } = ctx.deps;
  const open = await openCase(store, inspection, ref);
  if (!open.ok) return { ok: false, error: `${open.error.replace(/ Start it with.*$/, "")} Nothing was recorded.` };
  const [role, live] = await Promise.all([store.getRole(inspection, user), getLive(store, inspection, ref)]);
  const { ok: _ok, ...rest } = open;
  return { ok: true, open: rest, actor: { user, role }, live };
}
