import { mayOnCase } from "../../../core/access.ts";
import { goBack, setPaused, skipQuestion } from "../../../service/cases.ts";
import { mention } from "../../blocks/kit.ts";
import type { Ctx } from "../../deps.ts";
import { tell } from "../../reply.ts";
import { claimTurn } from "../../thread/live.ts";
import { closeTurn, moveOn } from "../../thread/move-on.ts";
import { staleReason, takenReason } from "../../thread/turn.ts";
import type { CaseClick } from "./case-button.ts";

/** Checks a navigation click fits the thread and the person, then claims the turn. */
async function mayMove(ctx: Ctx, { open, actor, live, button, where }: CaseClick): Promise<boolean> {
  const allowed = mayOnCase(actor.role, actor.user, open.kase, "answer");
  const refusal = staleReason(open, live, button.n, button.q) ?? (allowed.ok ? undefined : allowed.reason);
  if (refusal) {
    await tell(ctx, where, refusal);
    return false;
  }
  if (await claimTurn(ctx.deps.store, open.kase.inspection, open.kase.ref, button.n)) return true;
  await tell(ctx, where, takenReason(open.kase.ref));
  return false;
}

export async function onBack(ctx: Ctx, click: CaseClick): Promise<void> {
  const previous = goBack(click.open, click.actor, click.button.q);
  if (!previous || previous.kind !== "question") return tell(ctx, click.where, "This is the first question; there is nothing before it.");
  if (!(await mayMove(ctx, click))) return;
  await moveOn(ctx, click.open, click.live, { status: "Went back to the previous question." }, previous.question.id);
}

export async function onSkip(ctx: Ctx, click: CaseClick): Promise<void> {
  if (!(await mayMove(ctx, click))) return;
  const skipped = await skipQuestion(ctx.deps.store, click.open, click.actor, click.button.q);
  if (!skipped.ok) return tell(ctx, click.where, skipped.error);
  await moveOn(ctx, skipped.open, click.live, { status: "Skipped for now: asked again at the end." });
}

export async function onPause(ctx: Ctx, click: CaseClick): Promise<void> {
  if (!(await mayMove(ctx, click))) return;
  const paused = await setPaused(ctx.deps.store, click.open, true);
  await closeTurn(ctx, paused, click.live, `Paused by ${mention(click.actor.user)}. \`/casecheck case ${paused.kase.ref}\` carries on.`);
}
