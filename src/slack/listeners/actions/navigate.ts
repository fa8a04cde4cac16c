import { backTurn, pauseTurn, skipTurn } from "../../../conversation/moves.ts";
import type { Move } from "../../../conversation/turn.ts";
import type { Ctx } from "../../deps.ts";
import { tellFailure } from "../../reply.ts";
import { slackConversation } from "../../thread/transport.ts";
import type { CaseClick } from "./case-button.ts";

/** Back, Skip and Pause: each is one move of the conversation layer, which checks the turn and
 * the person (on the question, not only the case) before anything changes. */
const moveOf = ({ open, actor, live, button }: CaseClick): Move => ({ open, actor, live, turn: button.n, question: button.q });

export async function onBack(ctx: Ctx, click: CaseClick): Promise<void> {
  const moved = await backTurn(slackConversation(ctx), moveOf(click));
  if (!moved.ok) await tellFailure(ctx, click.where, moved.error);
}

export async function onSkip(ctx: Ctx, click: CaseClick): Promise<void> {
  const moved = await skipTurn(slackConversation(ctx), moveOf(click));
  if (!moved.ok) await tellFailure(ctx, click.where, moved.error);
}

export async function onPause(ctx: Ctx, click: CaseClick): Promise<void> {
  const moved = await pauseTurn(slackConversation(ctx), moveOf(click));
  if (!moved.ok) await tellFailure(ctx, click.where, moved.error);
}
