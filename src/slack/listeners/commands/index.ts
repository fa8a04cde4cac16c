import type { App } from "@slack/bolt";
import { buildHelpMessage } from "../../blocks/help.ts";
import type { Ctx, SlackDeps } from "../../deps.ts";
import { COMMAND } from "../../ids.ts";
import { guard, tell, type Where } from "../../reply.ts";
import { askFigures } from "./ask.ts";
import { exportAnswers } from "./export.ts";
import { chooseRemindersHere, setDeadlineHere, setScheduleHere } from "./fieldwork.ts";
import { caseHistory } from "./history.ts";
import { newInspection } from "./new-inspection.ts";
import { parseCommand, type CaseCheckCommand } from "./parse.ts";
import { setRole } from "./role.ts";
import { startCaseThread } from "./start-case.ts";
import { showStatus } from "./status.ts";
import { postSummary } from "./summary.ts";
import { openReportEdit, postReport } from "./report.ts";

type Kind = CaseCheckCommand["kind"];
type Handler<K extends Kind> = (ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: K }>) => Promise<void>;

/** Every subcommand of /casecheck, with what it is doing (for the error message if it fails). */
const SUBCOMMANDS: { [K in Kind]: [doing: string, handler: Handler<K>] } = {
  new: ["starting the inspection", newInspection],
  case: ["opening the case", startCaseThread],
  ask: ["answering your question", askFigures],
  summary: ["posting the summary", postSummary],
  status: ["showing progress", showStatus],
  export: ["exporting the answers", exportAnswers],
  history: ["showing the history", caseHistory],
  role: ["changing the role", setRole],
  report: ["making the draft report", postReport],
  report_edit: ["opening the report's narrative", openReportEdit],
  deadline: ["setting the deadline", setDeadlineHere],
  schedule: ["setting the schedule", setScheduleHere],
  reminders: ["changing your reminders", chooseRemindersHere],
  help: ["showing help", async (ctx, where) => tell(ctx, where, buildHelpMessage().text, buildHelpMessage().blocks)],
};

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command(COMMAND, async ({ ack, command, client, respond }) => {
    await ack();
    const ctx = { deps, client };
    const where = { channel: command.channel_id, user: command.user_id, respond, trigger: command.trigger_id };
    const parsed = parseCommand(command.text ?? "");
    if (!parsed.ok) return tell(ctx, where, parsed.error);
    const [doing, handler] = SUBCOMMANDS[parsed.command.kind] as [string, Handler<Kind>];
    await guard(ctx, where, doing, () => handler(ctx, where, parsed.command as never));
  });
}
