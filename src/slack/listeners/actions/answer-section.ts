import { mayOnCase } from "../../../core/access.ts";
import { promptFor, sectionOf } from "../../../core/interview/interview.ts";
import { asks } from "../../../core/access.ts";
import { sectionQuestions } from "../../../service/answer-section.ts";
import { buildSectionModal } from "../../blocks/section-modal.ts";
import type { Ctx } from "../../deps.ts";
import { tell } from "../../reply.ts";
import type { CaseClick } from "./case-button.ts";

/** "Answer all the profile questions at once": a form with a select per open factual question
 * of the section of the clicked question. */
export async function onAnswerSection(ctx: Ctx, click: CaseClick): Promise<void> {
  const { open, actor, where, button } = click;
  const allowed = mayOnCase(actor.role, actor.user, open.kase, "answer");
  if (!allowed.ok) return tell(ctx, where, allowed.reason);
  const section = sectionOf(open.framework, button.q);
  const questions = section ? sectionQuestions(open, actor, section.id) : [];
  if (!section || !questions.length) return tell(ctx, where, `Nothing in this section of case ${open.kase.ref} waits for you.`);
  const choicesOf = (q: (typeof questions)[number]) => {
    const prompt = promptFor(open.framework, open.kase, open.answers, asks(actor.role), q);
    return prompt.kind === "question" ? prompt.choices : [];
  };
  const meta = {
    i: open.kase.inspection,
    c: open.kase.ref,
    f: open.framework.id,
    ch: open.kase.thread?.channel ?? where.channel,
    ...(open.kase.thread ? { th: open.kase.thread.ts } : {}),
  };
  const view = buildSectionModal({
    meta,
    caseRef: open.kase.ref,
    title: section.title,
    questions: questions.map((q) => ({ id: q.id, text: q.text, multi: q.kind === "multi", choices: choicesOf(q) })),
  });
  await ctx.client.views.open({ trigger_id: click.body.trigger_id, view });
}
