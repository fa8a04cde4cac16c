import { escape } from "../../blocks/kit.ts";
import { asks, mayOnCase } from "../../../core/access.ts";
import { questionsOf } from "../../../core/framework/define.ts";
import { formatValue } from "../../../core/interview/answers.ts";
import { caseState } from "../../../core/interview/case-state.ts";
import type { OpenCase, Actor } from "../../../service/cases.ts";
import { buildChangeModal, buildNoteModal, type AnsweredChoice } from "../../blocks/modals.ts";
import type { Ctx } from "../../deps.ts";
import { tell } from "../../reply.ts";
import type { CaseClick } from "./case-button.ts";

/** The answered questions this person may change or note, in asking order. */
export function answeredChoices(open: OpenCase, actor: Actor): AnsweredChoice[] {
  const { effective } = caseState(open.framework, open.answers);
  return questionsOf(open.framework)
    .filter((q) => effective[q.id] && asks(actor.role)(q))
    .map((q) => ({ id: q.id, label: `${formatValue(q, effective[q.id]!.value)} · ${q.text}` }));
}

async function prepare(ctx: Ctx, click: CaseClick, preferred?: string) {
  const { open, actor, live, where } = click;
  const allowed = mayOnCase(actor.role, actor.user, open.kase, "answer");
  if (!allowed.ok) {
    await tell(ctx, where, escape(allowed.reason));
    return undefined;
  }
  const answered = answeredChoices(open, actor);
  if (!answered.length) {
    await tell(ctx, where, `Nothing is answered on case ${open.kase.ref} yet.`);
    return undefined;
  }
  const onScreen = [preferred, live.question].find((q) => q && answered.some((a) => a.id === q));
  const meta = { i: open.kase.inspection, c: open.kase.ref, f: open.framework.id, ch: open.kase.thread?.channel ?? where.channel, ...(open.kase.thread ? { th: open.kase.thread.ts } : {}) };
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
