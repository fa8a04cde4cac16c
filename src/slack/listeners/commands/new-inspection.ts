import { InspectionId } from "../../../core/records.ts";
import { DEFAULT_FRAMEWORK, findFramework, listFrameworks } from "../../../frameworks/index.ts";
import { pinFramework } from "../../../service/framework-version.ts";
import { mention } from "../../blocks/kit.ts";
import type { Ctx } from "../../deps.ts";
import { tell, type Where } from "../../reply.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck new ID [name]`: an inspection bound to this channel, led by whoever started it. */
export async function newInspection(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "new" }>): Promise<void> {
  const { store } = ctx.deps;
  const id = InspectionId.safeParse(command.id);
  if (!id.success) return tell(ctx, where, `\`${command.id}\`: ${id.error.issues[0]!.message}.`);
  const bound = await store.getChannelInspection(where.channel);
  if (bound && bound !== id.data) return tell(ctx, where, `This channel already holds inspection \`${bound}\`. Start a new inspection in its own channel.`);
  const existing = await store.getInspection(id.data);
  if (existing) {
    if (bound === id.data) return tell(ctx, where, `Inspection \`${id.data}\` is already here.`);
    if ((await store.getRole(id.data, where.user)) !== "lead") return tell(ctx, where, `Inspection \`${id.data}\` already exists; only its lead inspector can bring it to this channel.`);
  }
  if (existing && command.framework && command.framework !== existing.framework)
    return tell(ctx, where, `Inspection \`${id.data}\` already uses ${existing.framework}; an inspection keeps its framework.`);
  const framework = findFramework(existing?.framework ?? command.framework ?? DEFAULT_FRAMEWORK);
  if (!framework) return tell(ctx, where, `There is no framework \`${command.framework}\`. Known: ${listFrameworks().map((k) => `\`${k.framework.id}\``).join(", ")}.`);
  const inspection = existing
    ? { ...existing, channel: where.channel }
    : await pinFramework(store, { id: id.data, name: command.name ?? id.data, framework: framework.id, createdAt: ctx.deps.now(), createdBy: where.user, channel: where.channel }, framework);
  // Announced first: if the app is not in the channel, nothing is saved and `new` can simply be run again.
  await ctx.client.chat.postMessage({
    channel: where.channel,
    text:
      `${mention(where.user)} ${existing ? "brought" : "started"} inspection *${inspection.name}* (\`${inspection.id}\`) here, using ${framework.name}. ` +
      "Open a case with `/casecheck case D01 @case-manager`; `/casecheck help` lists the rest.",
  });
  await store.saveInspection(inspection);
  await store.bindChannel(where.channel, inspection.id);
  if (!existing) await store.setRole(inspection.id, where.user, "lead");
}
