import { answerTurn } from "../../../conversation/turn.ts";
import type { AnswerValue } from "../../../core/records.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure } from "../../reply.ts";
import { slackConversation } from "../../thread/transport.ts";
import type { CaseClick } from "./case-button.ts";
import { openChangeModal } from "./open-modal.ts";

/** A value button: records the answer and moves the thread on. */
export async function onAnswer(ctx: Ctx, click: CaseClick): Promise<void> {
  if (click.button.v === undefined) return tell(ctx, click.where, "That button carries no answer. Nothing was recorded.");
  await answerWith(ctx, click, click.button.v);
}

/** Save under a multi question: the ticked boxes are in the message's state. */
export async function onSaveChoices(ctx: Ctx, click: CaseClick): Promise<void> {
  const picked = Object.values(click.body.state?.values ?? {})
    .flatMap((block) => Object.values(block))
    .flatMap((input) => input.selected_options ?? [])
    .map((o) => o.value);
  if (!picked.length) return tell(ctx, click.where, "Tick at least one option, then press Save. Nothing was recorded.");
  await answerWith(ctx, click, [...new Set(picked)]);
}

async function answerWith(ctx: Ctx, click: CaseClick, value: AnswerValue): Promise<void> {
  const { open, actor, live, button, where } = click;
  const result = await answerTurn(slackConversation(ctx), { open, actor, live, turn: button.n, question: button.q, value });
  if (!result.ok) {
    // A different answer on a revisited question is a change: ask why, in the change modal.
    const changeTo = result.error.value;
    if (result.error.code === "needs_reason" && changeTo !== undefined)
      return openChangeModal(ctx, click, button.q, typeof changeTo === "string" ? changeTo : changeTo.join(", "));
    return tellFailure(ctx, where, result.error);
  }
  if (actor.role === "case_manager" && result.prompt.kind === "complete")
    await tell(ctx, where, `Thank you: that is every question for you on case ${open.kase.ref}. The inspector answers the rest.`);
}
