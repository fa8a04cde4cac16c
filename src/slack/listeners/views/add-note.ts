import type { ViewOutput } from "@slack/bolt";
import { addEvidence } from "../../../service/evidence.ts";
import { addNote } from "../../../service/notes.ts";
import { evidenceIn, type SharedFile } from "../../evidence-in.ts";
import type { ModalMeta } from "../../button-value.ts";
import { escape, mention } from "../../blocks/kit.ts";
import { INPUTS } from "../../ids.ts";
import { tell, tellFailure } from "../../reply.ts";
import { loadCaseAt } from "../../thread/load.ts";
import { chosenQuestion, field, invalid, type ViewHandler } from "./form.ts";

interface NoteForm {
  meta: ModalMeta;
  question: string;
  note?: string;
  files: SharedFile[];
}

/** The files uploaded in the form's file input (Slack keeps them; we keep id and link). */
function filesOf(view: ViewOutput): SharedFile[] {
  const input = view.state.values[INPUTS.files]?.[INPUTS.files] as { files?: SharedFile[] } | undefined;
  return (input?.files ?? []).filter((f) => f.id && f.permalink);
}

/** The note modal: evidence added to an answered question, shown in the case thread. */
export const addNoteView: ViewHandler<NoteForm> = {
  doing: "adding the note",
  read(view: ViewOutput) {
    const chosen = chosenQuestion(view);
    if (!chosen) return invalid(INPUTS.question, "Choose the question the note is about.");
    const { meta, question } = chosen;
    const note = field(view, INPUTS.note);
    const files = filesOf(view);
    if (!note && !files.length) return invalid(INPUTS.note, "Write a note or add a file.");
    return { ok: true, form: { meta, question: question.id, files, ...(note ? { note } : {}) } };
  },
  async run(ctx, user, form, view) {
    const where = { channel: form.meta.ch, user, ...(form.meta.th ? { thread: form.meta.th } : {}) };
    if (!(await ctx.deps.store.claim(`slack-view:${view.id}:${view.hash}`, 60 * 60_000))) return;
    const loaded = await loadCaseAt(ctx, form.meta.i, form.meta.c, user, form.meta.ch);
    if (!loaded.ok) return tellFailure(ctx, where, loaded.error);
    const thread = loaded.open.kase.thread;
    let open = loaded.open;
    if (form.note) {
      const noted = await addNote(ctx.deps.store, open, loaded.actor, { question: form.question, note: form.note, at: ctx.deps.now() });
      if (!noted.ok) return tellFailure(ctx, where, noted.error);
      open = noted.open;
      const { question } = noted;
      if (thread)
        await ctx.client.chat.postMessage({
          channel: thread.channel,
          thread_ts: thread.ts,
          text: `📝 ${mention(user)} added a note to “${escape(question.text)}”: ${escape(form.note)}`,
        });
      else await tell(ctx, where, `Note added to “${escape(question.text)}”.`);
    }
    if (form.files.length) {
      const added = await addEvidence(ctx.deps.store, open, loaded.actor, evidenceIn({ files: form.files }, user, ctx.deps.now()), {
        questionId: form.question,
      });
      if (!added.ok) return tellFailure(ctx, where, added.error);
      await tell(ctx, where, escape(added.text));
    }
  },
};
