import type { App } from "@slack/bolt";
import { z } from "zod";
import { answerIn } from "../../../service/direct-question.ts";
import type { SlackDeps } from "../../deps.ts";
import { ACTIONS } from "../../ids.ts";
import { guard, tell } from "../../reply.ts";
import { whereOf, type ActionArgs } from "./case-button.ts";

const AskIn = z.object({ i: z.string(), q: z.string().min(1) });

/** The inspection chosen for a question asked in a DM: answered there, for that inspection. */
export function registerAskIn(app: App, deps: SlackDeps): void {
  app.action(new RegExp(`^${ACTIONS.askIn}:`), async (args) => {
    await args.ack();
    const a = args as ActionArgs;
    const where = { ...whereOf(a.body), respond: a.respond };
    await guard({ deps, client: a.client }, where, "answering your question", async () => {
      let raw: unknown;
      try {
        raw = JSON.parse("value" in a.action ? String(a.action.value) : "");
      } catch {
        raw = undefined;
      }
      const chosen = AskIn.safeParse(raw);
      const answer = chosen.success ? await answerIn(deps.store, a.body.user.id, chosen.data.i, chosen.data.q, deps.model) : undefined;
      // Only an answer is posted; a refusal or an unknown button is told to the clicker alone.
      if (answer?.kind !== "answer") return tell({ deps, client: a.client }, where, answer?.text ?? "I don't recognise that button. Ask the question again.");
      await a.client.chat.postMessage({ channel: where.channel, ...(where.thread ? { thread_ts: where.thread } : {}), text: answer.text });
    });
  });
}
