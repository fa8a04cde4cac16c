import { exportCsv, exportJson } from "../../../service/export.ts";
import { loadInspection } from "../../../service/inspections.ts";
import { reportTrail } from "../../../service/report.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure, type Where } from "../../reply.ts";
import { directChannel, uploadFile } from "../../upload.ts";
import { inspectionHere } from "./here.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck export [csv|json]`: for the lead only, as a file in their direct messages: the
 * answers and notes as CSV (the file `import` reads back), or everything with who, when and the
 * audit trail as JSON. A file, never message text, so nothing is cut short however large. */
export async function exportAnswers(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "export" }>): Promise<void> {
  const here = await inspectionHere(ctx, where, "export");
  if (!here) return;
  const loaded = await loadInspection(ctx.deps.store, here.inspection);
  if (!loaded.ok) return tellFailure(ctx, where, loaded.error);
  const id = here.inspection;
  const body =
    command.format === "csv"
      ? exportCsv(loaded)
      : JSON.stringify(exportJson(loaded, await ctx.deps.store.listAudit(id), await reportTrail(ctx.deps.store, id)), null, 1);
  const what = command.format === "csv" ? "Answers and notes" : "Answers, notes and the audit trail";
  const dm = await directChannel(ctx, where.user);
  await uploadFile(ctx, {
    channel: dm,
    bytes: Buffer.from(body),
    filename: `${id}-${command.format === "csv" ? "answers.csv" : "export.json"}`,
    title: `${what} of ${id}`,
    comment: `${what} of \`${id}\`, ${loaded.cases.length} cases.${command.format === "csv" ? ` \`casecheck import FILE --inspection ${id}\` reads it back.` : ""}`,
  });
  if (dm !== where.channel)
    await tell(
      ctx,
      where,
      `Sent you the ${command.format.toUpperCase()} export of \`${id}\` (${loaded.cases.length} cases) as a file in your direct messages with casecheck.`,
    );
}
