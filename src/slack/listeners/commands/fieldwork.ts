import { chooseReminders, setFieldworkDeadline, setPostSchedule } from "../../../service/fieldwork.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure, type Where } from "../../reply.ts";
import { inspectionHere } from "./here.ts";
import type { CaseCheckCommand } from "./parse.ts";

type Command<K extends CaseCheckCommand["kind"]> = Extract<CaseCheckCommand, { kind: K }>;

/** `/casecheck deadline 2026-12-10` (leads). */
export async function setDeadlineHere(ctx: Ctx, where: Where, command: Command<"deadline">): Promise<void> {
  const here = await inspectionHere(ctx, where);
  if (!here) return;
  const set = await setFieldworkDeadline(ctx.deps.store, here.inspection, here.role, command.day);
  if (!set.ok) return tellFailure(ctx, where, set.error);
  await tell(ctx, where, `Fieldwork for \`${here.inspection}\` ends ${set.day}. Reminders come every working day in its last five.`);
}

/** `/casecheck schedule summary|digest weekdays|daily HH:MM` (leads). */
export async function setScheduleHere(ctx: Ctx, where: Where, command: Command<"schedule">): Promise<void> {
  const here = await inspectionHere(ctx, where);
  if (!here) return;
  const set = await setPostSchedule(ctx.deps.store, here.inspection, here.role, command.what, command);
  const what = command.what === "summary" ? "The summary is posted here" : "Leads get the progress digest";
  if (!set.ok) return tellFailure(ctx, where, set.error);
  await tell(ctx, where, `${what} ${set.schedule.days === "daily" ? "every day" : "on weekdays"} at ${set.schedule.time}, the team's local time.`);
}

/** `/casecheck reminders snooze|stop|on`: one's own reminders, wherever typed. */
export async function chooseRemindersHere(ctx: Ctx, where: Where, command: Command<"reminders">): Promise<void> {
  const chosen = await chooseReminders(ctx.deps.store, where.user, command.choice, ctx.deps.now());
  await tell(ctx, where, chosen.text);
}
