import { buildAskAnswer } from "../../blocks/ask-answer.ts";
import { escape, mention } from "../../blocks/kit.ts";
import type { Ctx } from "../../deps.ts";
import type { Where } from "../../reply.ts";
import { answerFigures } from "../events/mention.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck ask QUESTION`: a slash command has no thread, so the answer is posted in the
 * channel with the question it answers. */
export async function askFigures(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "ask" }>): Promise<void> {
  const answer = await answerFigures(ctx, where, command.question);
  if (answer) await ctx.client.chat.postMessage({ channel: where.channel, ...buildAskAnswer(answer, `${mention(where.user)} asked: _${escape(command.question)}_\n${answer.text}`) });
}
