import type { Summary } from "../core/summary/summary.ts";
import { sectionChartAlt, sectionChartPng } from "../report/chart.ts";
import { buildSummaryMessages } from "./blocks/summary.ts";
import type { Ctx } from "./deps.ts";
import { uploadFile } from "./upload.ts";

/** Posts a summary: its messages (later parts in the thread of the first), then a chart per
 * section, uploaded in that thread: the percentage of each figure, the improvement threshold
 * marked, with alt text that states every figure. The charts come from the draft report's own
 * module, so the post and the report show the same picture. */
export async function postSummaryWithCharts(
  ctx: Ctx,
  channel: string,
  summary: Summary,
  options: { title?: string; threshold: number },
): Promise<string | undefined> {
  const [first, ...rest] = buildSummaryMessages(summary, { title: options.title });
  const posted = await ctx.client.chat.postMessage({ channel, ...first! });
  for (const part of rest) await ctx.client.chat.postMessage({ channel, thread_ts: posted.ts, ...part });
  const flagged = new Set(summary.improvements.map((m) => m.id));
  for (const section of summary.sections.filter((s) => s.metrics.some((m) => m.denominator > 0)))
    await uploadFile(ctx, {
      channel,
      ...(posted.ts ? { thread: posted.ts } : {}),
      bytes: sectionChartPng(section, options.threshold, flagged),
      filename: `${summary.inspection.id}-${section.id}.png`,
      title: section.title,
      altText: sectionChartAlt(section, options.threshold),
    });
  return posted.ts;
}
