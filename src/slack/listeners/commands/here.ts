import { escape } from "../../blocks/kit.ts";
import { may, type Action } from "../../../core/access.ts";
import type { Role } from "../../../core/records.ts";
import type { Ctx } from "../../deps.ts";
import { tell, type Where } from "../../reply.ts";

export interface Here {
  inspection: string;
  role: Role | undefined;
}

/** The inspection bound to the channel a command came from, if the person may do `action` in
 * it; otherwise they are told why (ephemeral) and the command stops. */
export async function inspectionHere(ctx: Ctx, where: Where, action?: Action): Promise<Here | undefined> {
  const inspection = await ctx.deps.store.getChannelInspection(where.channel);
  if (!inspection) {
    await tell(ctx, where, "This channel has no inspection yet. `/casecheck new ID [name]` starts one here.");
    return undefined;
  }
  const role = await ctx.deps.store.getRole(inspection, where.user);
  if (action) {
    const allowed = may(role, action);
    if (!allowed.ok) {
      await tell(ctx, where, escape(allowed.reason));
      return undefined;
    }
  }
  return { inspection, role };
}
