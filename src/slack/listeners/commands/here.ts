import type { Action } from "../../../core/access.ts";
import { inspectionInChannel, type Here } from "../../../service/channel.ts";
import type { Ctx } from "../../deps.ts";
import { tellFailure, type Where } from "../../reply.ts";

export type { Here };

/** The inspection bound to the channel a command came from, if the person may do `action` in
 * it (inspectionInChannel decides); otherwise they are told why and the command stops. */
export async function inspectionHere(ctx: Ctx, where: Where, action?: Action): Promise<Here | undefined> {
  const here = await inspectionInChannel(ctx.deps.store, where.channel, where.user, action);
  if (here.ok) return here;
  await tellFailure(ctx, where, here.error);
  return undefined;
}
