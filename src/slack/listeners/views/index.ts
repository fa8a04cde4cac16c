import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { SlackDeps } from "../../deps.ts";
import { VIEWS } from "../../ids.ts";
import { guard } from "../../reply.ts";
import { addNoteView } from "./add-note.ts";
import { addEvidenceView } from "./add-evidence.ts";
import { answerSectionView } from "./answer-section.ts";
import { changeAnswer } from "./change-answer.ts";
import { metaOf, type ViewHandler } from "./form.ts";
import { reportEditView } from "./report-edit.ts";

/** Every modal, by callback id. */
const SUBMISSIONS: Array<[string, ViewHandler<never>]> = [
  [VIEWS.changeAnswer, changeAnswer as ViewHandler<never>],
  [VIEWS.addNote, addNoteView as ViewHandler<never>],
  [VIEWS.reportEdit, reportEditView as ViewHandler<never>],
  [VIEWS.answerSection, answerSectionView as ViewHandler<never>],
  [VIEWS.addEvidence, addEvidenceView as ViewHandler<never>],
];

export function registerViews(app: App, deps: SlackDeps): void {
  for (const [callbackId, handler] of SUBMISSIONS) {
    app.view(callbackId, async (args) => {
      const { ack, body, view, client } = args as SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
      // The form is checked without the store, so the acknowledgement can carry its errors.
      const read = handler.read(view);
      if (!read.ok) return ack({ response_action: "errors", errors: read.errors });
      await ack();
      const meta = metaOf(view);
      const where = { channel: meta?.ch ?? body.user.id, user: body.user.id, ...(meta?.th ? { thread: meta.th } : {}) };
      await guard({ deps, client }, where, handler.doing, () => handler.run({ deps, client }, body.user.id, read.form, view));
    });
  }
}
