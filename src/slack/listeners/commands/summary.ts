import type { Framework } from "../../../core/framework/schema.ts";
import { loadInspection, summaryOf } from "../../../service/inspections.ts";
import { buildSummaryMessages } from "../../blocks/summary.ts";
import type { Ctx } from "../../deps.ts";
import { tell, type Where } from "../../reply.ts";
import { inspectionHere } from "./here.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** A section named by its id ("rosh"), short name ("public") or a word of its title. */
export function findSection(framework: Framework, words: string) {
  const w = words.toLowerCase().trim();
  const sections = framework.sections.filter((s) => s.inSummary);
  return (
    sections.find((s) => s.id === w || s.short.toLowerCase() === w || s.title.toLowerCase() === w) ??
    sections.find((s) => s.title.toLowerCase().includes(w) || s.terms.some((t) => t.toLowerCase() === w))
  );
}

/** `/casecheck summary [section] [#channel]`: posted where asked (or in #channel); parts beyond
 * Slack's limits go in the thread of the first. */
export async function postSummary(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "summary" }>): Promise<void> {
  const here = await inspectionHere(ctx, where, "post_summary");
  if (!here) return;
  const loaded = await loadInspection(ctx.deps.store, here.inspection);
  if (!loaded.ok) return tell(ctx, where, loaded.error);
  const section = command.section ? findSection(loaded.framework, command.section) : undefined;
  if (command.section && !section) {
    const names = loaded.framework.sections.filter((s) => s.inSummary).map((s) => `\`${s.short}\``);
    return tell(ctx, where, `There is no section “${command.section}”. Try one of ${names.join(", ")}.`);
  }
  const summary = summaryOf(loaded, section?.id);
  const title = section ? `${section.title}: ${loaded.inspection.name}` : undefined;
  const [first, ...rest] = buildSummaryMessages(summary, { title });
  const channel = command.channel ?? where.channel;
  const posted = await ctx.client.chat.postMessage({ channel, ...first! });
  for (const part of rest) await ctx.client.chat.postMessage({ channel, thread_ts: posted.ts, ...part });
  if (channel !== where.channel) await tell(ctx, where, `Posted the summary in <#${channel}>.`);
}
