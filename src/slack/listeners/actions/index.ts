import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.ts";
import { ACTIONS, ANSWER_ACTION } from "../../ids.ts";
import { guard } from "../../reply.ts";
import { onAnswer, onSaveChoices } from "./answer.ts";
import { registerAskChoice } from "./ask-choice.ts";
import { onAnswerSection } from "./answer-section.ts";
import { readClick, whereOf, type ActionArgs, type ClickHandler } from "./case-button.ts";
import { onHistory } from "./history.ts";
import { onBack, onPause, onSkip } from "./navigate.ts";
import { registerAskIn } from "./ask-in.ts";
import { registerReminderActions } from "./reminders.ts";
import { onChange, onNote } from "./open-modal.ts";

/** Every button of a case thread, by action id. */
const CLICKS: Array<[string | RegExp, string, ClickHandler]> = [
  [ANSWER_ACTION, "recording your answer", onAnswer],
  [ACTIONS.saveChoices, "recording your answer", onSaveChoices],
  [ACTIONS.back, "going back", onBack],
  [ACTIONS.skip, "skipping the question", onSkip],
  [ACTIONS.pause, "pausing the case", onPause],
  [ACTIONS.note, "opening the note form", onNote],
  [ACTIONS.change, "opening the change form", onChange],
  [ACTIONS.history, "showing the history", onHistory],
  [ACTIONS.answerSection, "opening the form", onAnswerSection],
];

export function registerActions(app: App, deps: SlackDeps): void {
  for (const [id, doing, handler] of CLICKS) {
    app.action(id, async (args) => {
      await args.ack();
      // Let requests already waiting be read and acknowledged before this click's work, which
      // on an in-memory store would otherwise run in one go up to its first Web API call: under
      // load this halves the wait for an acknowledgement (bench/interaction.ts, 50 users).
      await new Promise(setImmediate);
      const ctx = { deps, client: args.client };
      const a = args as ActionArgs;
      await guard(ctx, { ...whereOf(a.body), respond: a.respond }, doing, async () => {
        const click = await readClick(ctx, a);
        if (click) await handler(ctx, click);
      });
    });
  }
  // Ticking a box changes only the message's state, read when Save is pressed.
  app.action(ACTIONS.tick, async ({ ack }) => ack());
  registerAskChoice(app, deps);
  registerReminderActions(app, deps);
  registerAskIn(app, deps);
}
