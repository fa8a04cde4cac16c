import { mayOnCase } from "../../../core/access.ts";
import { goBack, setPaused, skipQuestion } from "../../../service/cases.ts";
import { mention, escape } from "../../blocks/kit.ts";
import type { Ctx } from "../../deps.ts";
import { tell } from "../../reply.ts";
import { holdTurn } from "../../thread/hold-turn.ts";
import type { Live } from "../../thread/live.ts";
import { closeTurn, moveOn } from "../../thread/move-on.ts";
import { heldReason, staleReason } from "../../thread/turn.ts";
import type { CaseClick } from "./case-button.ts";

/** Checks a navigation click fits the thread and the person, then moves while holding the turn. */
async function move(ctx: Ctx, click: CaseClick, work: (live: Live) => Promise<void>): Promise<void> {
  const { open, actor, live, button, where } = click;
  const allowed = mayOnCase(actor.role, actor.user, open.kase, "answer");
  const refusal = staleReason(open, live, button.n, button.q) ?? (allowed.ok ? undefined : allowed.reason);
  if (refusal) return tell(ctx, where, refusal);
  const held = await holdTurn(ctx, open.kase.inspection, open.kase.ref, button.n, work, live);
  if (!held.ok) await tell(ctx, where, heldReason(open, held, button.n, button.q));
}

export async function onBack(ctx: Ctx, click: CaseClick): Promise<void> {
  const previous = goBack(click.open, click.actor, click.button.q);
  if (!previous || previous.kind !== "question") return tell(ctx, click.where, "This is the first question; there is nothing before it.");
  await move(ctx, click, async (live) => void (await moveOn(ctx, click.open, live, { status: "Went back to the previous question." }, previous.question.id)));
}

export async function onSkip(ctx: Ctx, click: CaseClick): Promise<void> {
  await move(ctx, click, async (live) => {
    const skipped = await skipQuestion(ctx.deps.store, click.open, click.actor, click.button.q);
    if (!skipped.ok) return tell(ctx, click.where, escape(skipped.error));
    await moveOn(ctx, skipped.open, live, { status: "Skipped for now: asked again at the end." });
  });
}

export async function onPause(ctx: Ctx, click: CaseClick): Promise<void> {
  await move(ctx, click, async (live) => {
    const paused = await setPaused(ctx.deps.store, click.open, true);
    await closeTurn(ctx, paused, live, `Paused by ${mention(click.actor.user)}. \`/casecheck case ${paused.kase.ref}\` carries on.`);
  });
}
