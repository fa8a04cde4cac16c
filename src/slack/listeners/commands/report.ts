import { REPORT_FILES, renderReport } from "../../../report/render.ts";
import { reportInput, reportPartsToEdit } from "../../../service/report.ts";
import { escape } from "../../blocks/kit.ts";
import { buildReportModal } from "../../blocks/report-modal.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure, type Where } from "../../reply.ts";
import { uploadFile } from "../../upload.ts";
import { inspectionHere } from "./here.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck report [pdf|docx|md|html]`: the draft report, uploaded to the inspection's
 * channel with a one-line summary, and unfinished cases named as a warning. Who may ask is
 * the service's decision (managers and leads). */
export async function postReport(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "report" }>): Promise<void> {
  const here = await inspectionHere(ctx, where);
  if (!here) return;
  const found = await reportInput(ctx.deps.store, here.inspection, { user: where.user, role: here.role });
  if (!found.ok) return tellFailure(ctx, where, found.error);
  const { summary } = found.input;
  const bytes = await renderReport(found.input, command.format);
  const { total, complete, unfinished } = summary.cases;
  const areas = summary.improvements.length;
  // The inspection's name was typed by a person: escaped where shown as mrkdwn.
  const line = `Draft report of ${escape(summary.inspection.name)}, asked for by <@${where.user}>: ${total} cases, ${summary.sections.length} sections, ${areas} ${areas === 1 ? "area" : "areas"} requiring improvement.`;
  const warning = unfinished.length
    ? `\n:warning: ${total - complete} of the ${total} cases are not finished (${unfinished.slice(0, 20).join(", ")}${unfinished.length > 20 ? ", …" : ""}); the figures count the answers so far.`
    : "";
  await uploadFile(ctx, {
    channel: found.loaded.inspection.channel ?? where.channel,
    bytes,
    filename: `${summary.inspection.id}-draft-report.${REPORT_FILES[command.format].extension}`,
    title: `Draft report: ${summary.inspection.name}`,
    comment: line + warning,
  });
}

/** `/casecheck report edit`: a modal with the narrative's parts, for the lead. */
export async function openReportEdit(ctx: Ctx, where: Where): Promise<void> {
  const here = await inspectionHere(ctx, where);
  if (!here) return;
  const parts = await reportPartsToEdit(ctx.deps.store, here.inspection, { user: where.user, role: here.role });
  if (!parts.ok) return tellFailure(ctx, where, parts.error);
  if (!where.trigger) return tell(ctx, where, "Slack did not send what opening a form needs; try `/casecheck report edit` again.");
  await ctx.client.views.open({ trigger_id: where.trigger, view: buildReportModal({ i: here.inspection, ch: where.channel }, parts.texts) });
}
