import type { ViewOutput } from "@slack/bolt";
import { z } from "zod";
import { addEvidence } from "../../../service/evidence.ts";
import type { Evidence } from "../../../core/records.ts";
import { INPUTS } from "../../ids.ts";
import { escape } from "../../blocks/kit.ts";
import { tell, tellFailure } from "../../reply.ts";
import { loadCaseAt } from "../../thread/load.ts";
import { field, invalid, type ViewHandler } from "./form.ts";

const Meta = z.object({ link: z.string().optional(), files: z.array(z.object({ id: z.string(), permalink: z.string(), name: z.string().optional() })) });

interface EvidenceForm {
  inspection: string;
  ref: string;
  question?: string;
  meta: z.infer<typeof Meta>;
}

/** The shortcut's modal: the message's link and its files recorded on the chosen case's answer. */
export const addEvidenceView: ViewHandler<EvidenceForm> = {
  doing: "adding the evidence",
  read(view: ViewOutput) {
    let raw: unknown;
    try {
      raw = JSON.parse(view.private_metadata ?? "");
    } catch {
      raw = undefined;
    }
    const meta = Meta.safeParse(raw);
    const [inspection, ref] = (field(view, INPUTS.case) ?? "").split("/");
    if (!meta.success) return invalid(INPUTS.case, "This form is out of date; use the shortcut again.");
    if (!inspection || !ref) return invalid(INPUTS.case, "Choose the case.");
    const question = field(view, INPUTS.question);
    return { ok: true, form: { inspection, ref, meta: meta.data, ...(question ? { question } : {}) } };
  },
  async run(ctx, user, form, view) {
    if (!(await ctx.deps.store.claim(`slack-view:${view.id}:${view.hash}`, 60 * 60_000))) return;
    const loaded = await loadCaseAt(ctx, form.inspection, form.ref, user, undefined);
    // Told in the case's thread when there is one, else in the person's DM with the app.
    const thread = loaded.ok ? loaded.open.kase.thread : undefined;
    const where = thread ? { channel: thread.channel, user, thread: thread.ts } : { channel: user, user };
    if (!loaded.ok) return tellFailure(ctx, where, loaded.error);
    const at = ctx.deps.now();
    const items: Evidence[] = [
      ...form.meta.files.map((f) => ({ file: f.id, url: f.permalink, ...(f.name ? { name: f.name } : {}), by: user, at })),
      ...(form.meta.link ? [{ url: form.meta.link, name: "message", by: user, at }] : []),
    ];
    const added = await addEvidence(ctx.deps.store, loaded.open, loaded.actor, items, {
      ...(form.question ? { questionId: form.question } : { ...(loaded.live.question ? { live: loaded.live.question } : {}) }),
    });
    if (!added.ok) return tellFailure(ctx, where, added.error);
    await tell(ctx, where, escape(added.text));
  },
};
