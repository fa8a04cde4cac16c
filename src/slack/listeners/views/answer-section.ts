import type { ViewOutput } from "@slack/bolt";
import { validateAnswer } from "../../../core/interview/answers.ts";
import { findQuestion } from "../../../core/interview/interview.ts";
import type { AnswerValue } from "../../../core/records.ts";
import { findFramework } from "../../../frameworks/index.ts";
import { answerSection } from "../../../service/answer-section.ts";
import type { ModalMeta } from "../../button-value.ts";
import { SECTION_VALUE } from "../../blocks/section-modal.ts";
import { settleAfterChange } from "../../../conversation/moves.ts";
import { escape } from "../../blocks/kit.ts";
import { tell, tellFailure } from "../../reply.ts";
import { loadCaseAt } from "../../thread/load.ts";
import { slackConversation } from "../../thread/transport.ts";
import { invalid, metaOf, type ViewHandler } from "./form.ts";

interface SectionForm {
  meta: ModalMeta;
  values: Array<{ question: string; value: AnswerValue }>;
}

/** The section form: each chosen answer recorded as a click would record it, then the thread
 * moves on past the live question if the form answered it. */
export const answerSectionView: ViewHandler<SectionForm> = {
  doing: "recording your answers",
  read(view: ViewOutput) {
    const meta = metaOf(view);
    const framework = meta ? findFramework(meta.f) : undefined;
    const blocks = Object.keys(view.state.values).filter((b) => b.startsWith("q:"));
    if (!meta || !framework || !blocks.length) return invalid(blocks[0] ?? "q:", "This form is out of date; close it and press the button again.");
    const values: SectionForm["values"] = [];
    for (const block of blocks) {
      const input = view.state.values[block]?.[SECTION_VALUE];
      const question = findQuestion(framework, block.slice(2));
      const picked = input?.selected_options?.map((o) => o.value) ?? (input?.selected_option?.value ? [input.selected_option.value] : []);
      if (!question || !picked.length) continue;
      const value = question.kind === "multi" ? picked : picked[0]!;
      const valid = validateAnswer(question, value);
      if (!valid.ok) return invalid(block, valid.error);
      values.push({ question: question.id, value });
    }
    if (!values.length) return invalid(blocks[0]!, "Choose at least one answer.");
    // In the framework's order, so an answer another depends on is recorded first.
    const order = framework.sections.flatMap((s) => s.questions.map((q) => q.id));
    values.sort((a, b) => order.indexOf(a.question) - order.indexOf(b.question));
    return { ok: true, form: { meta, values } };
  },
  async run(ctx, user, form, view) {
    const where = { channel: form.meta.ch, user, ...(form.meta.th ? { thread: form.meta.th } : {}) };
    if (!(await ctx.deps.store.claim(`slack-view:${view.id}:${view.hash}`, 60 * 60_000))) return;
    const loaded = await loadCaseAt(ctx, form.meta.i, form.meta.c, user, form.meta.ch);
    if (!loaded.ok) return tellFailure(ctx, where, loaded.error);
    const result = await answerSection(ctx.deps.store, loaded.open, loaded.actor, form.values, ctx.deps.now());
    const live = loaded.live;
    // The thread moves on as after any change: past the live question if the form answered it.
    if (result.recorded.length) {
      const changed = live.question && result.recorded.includes(live.question) ? live.question : result.recorded.at(-1)!;
      await settleAfterChange(slackConversation(ctx), result.open, live, changed);
    }
    const problems = result.problems.map((p) => `• ${escape(findQuestion(result.open.framework, p.question)?.text ?? p.question)}: ${escape(p.error)}`);
    const n = result.recorded.length;
    await tell(
      ctx,
      where,
      [`${n} ${n === 1 ? "answer" : "answers"} recorded on case ${form.meta.c}.`, ...(problems.length ? ["Not recorded:", ...problems] : [])].join("\n"),
    );
  },
};
