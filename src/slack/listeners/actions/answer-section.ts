import { promptFor, sectionOf } from "../../../core/interview/interview.ts";
import { asks } from "../../../core/access.ts";
import { sectionQuestions } from "../../../service/answer-section.ts";
import { mayWorkOnCase } from "../../../service/case-access.ts";
import { buildSectionModal } from "../../blocks/section-modal.ts";
import { caseModalMeta } from "../../button-value.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure } from "../../reply.ts";
import type { CaseClick } from "./case-button.ts";

/** "Answer all the profile questions at once": a form with a select per open factual question
 * of the section of the clicked question. */
export async function onAnswerSection(ctx: Ctx, click: CaseClick): Promise<void> {
  const { open, actor, where, button } = click;
  // The same gate as any work on the case; each answer is checked again as it is recorded.
  const allowed = mayWorkOnCase(open, actor);
  if (!allowed.ok) return tellFailure(ctx, where, allowed.error);
  const section = sectionOf(open.framework, button.q);
  const questions = section ? sectionQuestions(open, actor, section.id) : [];
  if (!section || !questions.length) return tell(ctx, where, `Nothing in this section of case ${open.kase.ref} waits for you.`);
  const choicesOf = (q: (typeof questions)[number]) => {
    const prompt = promptFor(open.framework, open.kase, open.answers, asks(actor.role), q);
    return prompt.kind === "question" ? prompt.choices : [];
  };
  const meta = caseModalMeta(open.kase, open.framework.id, where.channel);
  const view = buildSectionModal({
    meta,
    caseRef: open.kase.ref,
    title: section.title,
    questions: questions.map((q) => ({ id: q.id, text: q.text, multi: q.kind === "multi", choices: choicesOf(q) })),
  });
  await ctx.client.views.open({ trigger_id: click.body.trigger_id, view });
}
