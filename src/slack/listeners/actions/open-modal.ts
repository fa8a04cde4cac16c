import { answeredChoices } from "../../../service/answered.ts";
import { buildChangeModal, buildNoteModal } from "../../blocks/modals.ts";
import { caseModalMeta } from "../../button-value.ts";
import type { Ctx } from "../../deps.ts";
import { tellFailure } from "../../reply.ts";
import type { CaseClick } from "./case-button.ts";

async function prepare(ctx: Ctx, click: CaseClick, preferred?: string) {
  const { open, actor, live, where } = click;
  const choices = answeredChoices(open, actor);
  if (!choices.ok) {
    await tellFailure(ctx, where, choices.error);
    return undefined;
  }
  const { answered } = choices;
  const onScreen = [preferred, live.question].find((q) => q && answered.some((a) => a.id === q));
  const meta = caseModalMeta(open.kase, open.framework.id, where.channel);
  return { meta, caseRef: open.kase.ref, answered, initialQuestion: onScreen ?? answered.at(-1)!.id };
}

export async function openChangeModal(ctx: Ctx, click: CaseClick, question?: string, initialValue?: string): Promise<void> {
  const input = await prepare(ctx, click, question);
  if (input) await ctx.client.views.open({ trigger_id: click.body.trigger_id, view: buildChangeModal({ ...input, initialValue }) });
}

export const onChange = (ctx: Ctx, click: CaseClick) => openChangeModal(ctx, click);

export async function onNote(ctx: Ctx, click: CaseClick): Promise<void> {
  const input = await prepare(ctx, click);
  if (input) await ctx.client.views.open({ trigger_id: click.body.trigger_id, view: buildNoteModal(input) });
}
