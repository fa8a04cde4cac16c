import type { CaseStatus } from "../../service/figures.ts";
import { LIMITS } from "../limits.ts";
import { progressLine } from "./case-root.ts";
import { chunkLines, context, escape, header, mention, section, type SlackMessage } from "./kit.ts";

export type { CaseStatus };

/** `/casecheck status`: one line per case. */
export function buildStatusMessage(name: string, cases: readonly CaseStatus[]): SlackMessage {
  const complete = cases.filter((c) => c.progress.complete).length;
  const lines = cases.map(
    ({ kase, progress }) =>
      `• *${kase.ref}* · ${mention(kase.manager)} · ${progress.complete ? "complete ✓" : progressLine(progress)}${kase.paused && !progress.complete ? " · paused" : ""}`,
  );
  const sections = chunkLines(lines.length ? lines : ["No cases yet. Start one with `/casecheck case D01 @case-manager`."]);
  const room = LIMITS.messageBlocks - 3;
  return {
    text: `${escape(name)}: ${cases.length} cases, ${complete} complete`,
    blocks: [
      header(name),
      context(`${cases.length} cases, ${complete} complete.`),
      ...sections.slice(0, room).map(section),
      ...(sections.length > room ? [context("…more cases than fit here; `npx casecheck inspections` lists them all.")] : []),
    ],
  };
}
