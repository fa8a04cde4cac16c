import type { App, MessageShortcut } from "@slack/bolt";
import { questionsOf } from "../../../core/framework/define.ts";
import { findFramework } from "../../../frameworks/index.ts";
import { casesToAnswer } from "../../../service/evidence.ts";
import { buildEvidenceModal, type EvidenceMeta } from "../../blocks/evidence-modal.ts";
import type { SlackDeps } from "../../deps.ts";
import type { SharedFile } from "../../evidence-in.ts";
import { VIEWS } from "../../ids.ts";
import { guard, tell } from "../../reply.ts";

/** The message shortcut "Add to a case as evidence": any message (and its files) linked from a
 * case's answer. The modal asks which case and question; views/add-evidence.ts records it. */
export function registerShortcuts(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>({ callback_id: VIEWS.addEvidence, type: "message_action" }, async ({ ack, shortcut, client, respond }) => {
    await ack();
    const ctx = { deps, client };
    const where = { channel: shortcut.channel.id, user: shortcut.user.id, respond };
    await guard(ctx, where, "opening the evidence form", async () => {
      const cases = await casesToAnswer(deps.store, shortcut.user.id);
      if (!cases.length) return tell(ctx, where, "You answer on no case, so there is nothing to add evidence to.");
      const found = await client.chat.getPermalink({ channel: shortcut.channel.id, message_ts: shortcut.message_ts }).catch(() => undefined);
      const files = ((shortcut.message as { files?: SharedFile[] }).files ?? [])
        .flatMap((f) => (f.id && f.permalink ? [{ id: f.id, permalink: f.permalink, ...(f.name ? { name: f.name.slice(0, 80) } : {}) }] : []))
        .slice(0, 5);
      const meta: EvidenceMeta = { ...(found?.permalink ? { link: found.permalink } : {}), files };
      const frameworks = [...new Set(cases.map((c) => c.framework))].flatMap((id) => findFramework(id) ?? []);
      const questions = frameworks.flatMap((f) => questionsOf(f).map((q) => ({ id: q.id, text: q.text })));
      await client.views.open({ trigger_id: shortcut.trigger_id, view: buildEvidenceModal(cases, questions, meta) });
    });
  });
}
