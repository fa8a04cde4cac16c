import type { App } from "@slack/bolt";
import { chooseReminders, type ReminderChoice } from "../../../service/fieldwork.ts";
import type { SlackDeps } from "../../deps.ts";
import { ACTIONS } from "../../ids.ts";
import { guard, tell } from "../../reply.ts";
import { whereOf, type ActionArgs } from "./case-button.ts";

const OPEN_CASE = new RegExp(`^${ACTIONS.openCase}`);

/** The buttons of a reminder DM. Snooze and Stop change only the clicker's own reminders; the
 * link buttons open the case thread in Slack itself, so their click is only acknowledged. */
export function registerReminderActions(app: App, deps: SlackDeps): void {
  app.action(OPEN_CASE, async ({ ack }) => ack());
  for (const [id, choice] of [
    [ACTIONS.snoozeReminders, "snooze"],
    [ACTIONS.stopReminders, "stop"],
  ] as Array<[string, ReminderChoice]>) {
    app.action(id, async (args) => {
      await args.ack();
      const a = args as ActionArgs;
      const where = { ...whereOf(a.body), respond: a.respond };
      await guard({ deps, client: a.client }, where, "changing your reminders", async () => {
        // The button says what it does; anything else is not one of ours and changes nothing.
        if (!("value" in a.action) || a.action.value !== choice)
          return tell({ deps, client: a.client }, where, "I don't recognise that button. `/casecheck reminders snooze|stop|on` changes your reminders.");
        const chosen = await chooseReminders(deps.store, a.body.user.id, choice, deps.now());
        await a.respond({ response_type: "ephemeral", replace_original: false, text: chosen.text });
      });
    });
  }
}
