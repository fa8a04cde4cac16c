import type { ViewOutput } from "@slack/bolt";
import { formatValue, readAnswer } from "../../../core/interview/answers.ts";
import { settleAfterChange } from "../../../conversation/moves.ts";
import { findQuestion } from "../../../core/interview/interview.ts";
import type { AnswerValue } from "../../../core/records.ts";
import { giveAnswer } from "../../../service/give-answer.ts";
import type { ModalMeta } from "../../button-value.ts";
import { escape, mention } from "../../blocks/kit.ts";
import { INPUTS } from "../../ids.ts";
import { tellFailure } from "../../reply.ts";
import { loadCaseAt } from "../../thread/load.ts";
import { slackConversation } from "../../thread/transport.ts";
import { chosenQuestion, field, invalid, type ViewHandler } from "./form.ts";

interface ChangeForm {
  meta: ModalMeta;
  question: string;
  value: AnswerValue;
  note?: string;
  reason: string;
}

/** The change modal: a new answer with the reason, recorded through the same engine as any
 * answer, so the audit trail keeps before, after and why. */
export const changeAnswer: ViewHandler<ChangeForm> = {
  doing: "changing the answer",
  read(view: ViewOutput) {
    const chosen = chosenQuestion(view);
    if (!chosen) return invalid(INPUTS.question, "Choose the question to change.");
    const { meta, question } = chosen;
    const reason = field(view, INPUTS.reason);
    if (!reason) return invalid(INPUTS.reason, "Say why the answer is changing; it is kept in the audit trail.");
    const read = readAnswer(question, field(view, INPUTS.value) ?? "");
    if (!read.ok) return invalid(INPUTS.value, read.error);
    return { ok: true, form: { meta, question: question.id, value: read.value, ...(read.note ? { note: read.note } : {}), reason } };
  },
  async run(ctx, user, form, view) {
    const where = { channel: form.meta.ch, user, ...(form.meta.th ? { thread: form.meta.th } : {}) };
    // A modal submitted twice (a slow network) changes the answer once.
    if (!(await ctx.deps.store.claim(`slack-view:${view.id}:${view.hash}`, 60 * 60_000))) return;
    const loaded = await loadCaseAt(ctx, form.meta.i, form.meta.c, user, form.meta.ch);
    if (!loaded.ok) return tellFailure(ctx, where, loaded.error);
    const { open, actor, live } = loaded;
    const before = open.answers[form.question];
    const given = await giveAnswer(ctx.deps.store, open, actor, {
      question: form.question,
      value: form.value,
      note: form.note,
      reason: form.reason,
      at: ctx.deps.now(),
    });
    if (!given.ok) return tellFailure(ctx, where, given.error);
    const question = findQuestion(open.framework, form.question)!;
    if (open.kase.thread) {
      const was = before ? `from *${escape(formatValue(question, before.value))}* ` : "";
      await ctx.client.chat.postMessage({
        channel: open.kase.thread.channel,
        thread_ts: open.kase.thread.ts,
        text: `${mention(user)} changed “${escape(question.text)}” ${was}to *${escape(formatValue(question, form.value))}*. Reason: ${escape(form.reason)}`,
      });
      await settleAfterChange(slackConversation(ctx), given.open, live, form.question);
    }
  },
};
