import { summaryOf } from "../../../service/figures.ts";
import { postSummaryWithCharts } from "../../summary-post.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure, type Where } from "../../reply.ts";
import { inspectionHere } from "./here.ts";
import type { CaseCheckCommand } from "./parse.ts";

export { findSection } from "../../../service/figures.ts";

/** `/casecheck summary [section] [#channel]`: posted where asked (or in #channel); parts beyond
 * Slack's limits go in the thread of the first. */
export async function postSummary(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "summary" }>): Promise<void> {
  const here = await inspectionHere(ctx, where, "post_summary");
  if (!here) return;
  const found = await summaryOf(ctx.deps.store, here.inspection, command.section);
  if (!found.ok) return tellFailure(ctx, where, found.error);
  const title = found.section ? `${found.section.title}: ${found.loaded.inspection.name}` : undefined;
  const channel = command.channel ?? where.channel;
  await postSummaryWithCharts(ctx, channel, found.summary, { ...(title ? { title } : {}), threshold: found.loaded.framework.improvementBelow });
  if (channel !== where.channel) await tell(ctx, where, `Posted the summary in <#${channel}>.`);
}
