import { summarise, toSummaryJson } from "../../../core/summary/summary.ts";
import { exportCsv } from "../../../service/export.ts";
import { loadInspection } from "../../../service/inspections.ts";
import { fallbackText } from "../../blocks/fallback.ts";
import { chunkLines, section, type Block } from "../../blocks/kit.ts";
import type { Ctx } from "../../deps.ts";
import { LIMITS } from "../../limits.ts";
import { tell, type Where } from "../../reply.ts";
import { inspectionHere } from "./here.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck export [csv|json]`: for the lead only, in a message only they see: the answers as
 * CSV (the file `import` reads back) or the summary JSON. Too long for Slack, it points at the CLI. */
export async function exportAnswers(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "export" }>): Promise<void> {
  const here = await inspectionHere(ctx, where, "export");
  if (!here) return;
  const loaded = await loadInspection(ctx.deps.store, here.inspection);
  if (!loaded.ok) return tell(ctx, where, loaded.error);
  const body =
    command.format === "csv"
      ? exportCsv(loaded)
      : JSON.stringify(toSummaryJson(summarise(loaded.framework, loaded.inspection, loaded.scored)), null, 1);
  const fence = "```";
  const chunks = chunkLines(body.trimEnd().split("\n"), LIMITS.sectionText - 2 * fence.length - 2);
  const intro = `${command.format === "csv" ? "Answers" : "Summary JSON"} of \`${here.inspection}\`, ${loaded.cases.length} cases.`;
  const cli = `\`npx casecheck export --inspection ${here.inspection} --format ${command.format}\``;
  if (chunks.length > LIMITS.messageBlocks - 2)
    return tell(ctx, where, `${intro} It is too long for a Slack message; on the server, ${cli} writes it in full.`);
  const blocks: Block[] = [section(`${intro} Copy it, or run ${cli} on the server.`), ...chunks.map((c) => section(`${fence}\n${c}\n${fence}`))];
  await tell(ctx, where, fallbackText(blocks), blocks);
}
