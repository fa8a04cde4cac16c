import type { ViewOutput } from "@slack/bolt";
import { z } from "zod";
import { PART_TITLES, ReportPart } from "../../../report/parts.ts";
import { reportPartsToEdit, setReportPart } from "../../../service/report.ts";
import { tell, tellFailure } from "../../reply.ts";
import type { ViewHandler } from "./form.ts";

const Meta = z.object({ i: z.string(), ch: z.string() });

interface ReportForm {
  inspection: string;
  channel: string;
  /** Only the parts the modal offered a box for. */
  texts: Partial<Record<ReportPart, string>>;
}

/** The narrative modal's submission: each part that differs from what is stored is saved
 * through the service, which decides who may. */
export const reportEditView: ViewHandler<ReportForm> = {
  doing: "saving the report's narrative",
  read(view: ViewOutput) {
    const meta = (() => {
      try {
        return Meta.safeParse(JSON.parse(view.private_metadata ?? "")).data;
      } catch {
        return undefined;
      }
    })();
    if (!meta) return { ok: false, errors: { context: "This form has expired; run `/casecheck report edit` again." } };
    const texts: Partial<Record<ReportPart, string>> = {};
    for (const part of ReportPart.options) {
      const input = view.state.values[part]?.[part];
      if (input) texts[part] = (input.value ?? "").trim();
    }
    return { ok: true, form: { inspection: meta.i, channel: meta.ch, texts } };
  },
  async run(ctx, user, form, view) {
    const where = { channel: form.channel, user };
    if (!(await ctx.deps.store.claim(`slack-view:${view.id}:${view.hash}`, 60 * 60_000))) return;
    const actor = { user, role: await ctx.deps.store.getRole(form.inspection, user) };
    const current = await reportPartsToEdit(ctx.deps.store, form.inspection, actor);
    if (!current.ok) return tellFailure(ctx, where, current.error);
    const changed = ReportPart.options.filter((p) => form.texts[p] !== undefined && form.texts[p] !== current.texts[p].trim());
    const at = ctx.deps.now();
    for (const part of changed) {
      const saved = await setReportPart(ctx.deps.store, { inspection: form.inspection, part, text: form.texts[part]!, actor, at });
      if (!saved.ok) return tellFailure(ctx, where, saved.error);
    }
    const names = changed.map((p) => PART_TITLES[p].toLowerCase());
    await tell(
      ctx,
      where,
      names.length ? `Saved the report's ${names.join(", ")}. \`/casecheck report\` shows the draft.` : "Nothing had changed, so nothing was saved.",
    );
  },
};
