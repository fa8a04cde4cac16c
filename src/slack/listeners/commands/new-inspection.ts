import { planInspection, saveBrought } from "../../../service/channel.ts";
import { escape, mention } from "../../blocks/kit.ts";
import type { Ctx } from "../../deps.ts";
import { tellFailure, type Where } from "../../reply.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck new ID [name]`: planInspection decides (a new inspection led by whoever starts
 * it, or an existing one brought here by its lead); it is announced, then saved. */
export async function newInspection(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "new" }>): Promise<void> {
  const plan = await planInspection(ctx.deps.store, {
    id: command.id,
    name: command.name,
    ...(command.framework ? { framework: command.framework } : {}),
    channel: where.channel,
    user: where.user,
    at: ctx.deps.now(),
  });
  if (!plan.ok) return tellFailure(ctx, where, plan.error);
  const { inspection, framework, existing } = plan;
  // Announced first: if the app is not in the channel, nothing is saved and `new` can simply be run again.
  await ctx.client.chat.postMessage({
    channel: where.channel,
    text:
      `${mention(where.user)} ${existing ? "brought" : "started"} inspection *${escape(inspection.name)}* (\`${inspection.id}\`) here, using ${escape(framework.name)}. ` +
      "Open a case with `/casecheck case D01 @case-manager`; `/casecheck help` lists the rest.",
  });
  await saveBrought(ctx.deps.store, plan, where.user);
}
