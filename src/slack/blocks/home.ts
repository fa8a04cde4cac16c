import { describeRole } from "../../core/access.ts";
import type { HomeInspection } from "../../service/home.ts";
import { LIMITS } from "../limits.ts";
import { chunkLines, context, divider, escape, header, section, type Block, type HomeView } from "./kit.ts";

export type { HomeInspection };

const BLOCKS_PER_INSPECTION = 8;

/** The App Home: the user's inspections by role, their cases in progress, and what waits for them. */
export function buildHomeView(inspections: readonly HomeInspection[]): HomeView {
  const blocks: Block[] = [header("casecheck")];
  if (!inspections.length) {
    blocks.push(
      section(
        "You are not part of any inspection yet. A lead inspector adds you with `/casecheck role @you inspector`, or starts one with `/casecheck new ID`.",
      ),
    );
    return { type: "home", blocks };
  }
  const room = Math.floor((LIMITS.viewBlocks - 3) / BLOCKS_PER_INSPECTION);
  for (const insp of inspections.slice(0, room)) blocks.push(...inspectionBlocks(insp));
  if (inspections.length > room) blocks.push(context(`…and ${inspections.length - room} more inspections.`));
  blocks.push(context("`/casecheck help` lists everything the app does."));
  return { type: "home", blocks };
}

function inspectionBlocks(insp: HomeInspection): Block[] {
  const where = insp.channel ? ` · <#${insp.channel}>` : "";
  const out: Block[] = [
    divider(),
    section(`*${escape(insp.name)}* (\`${insp.id}\`)${where}\nYou are ${describeRole(insp.role)}.`),
    context(`${insp.cases} cases, ${insp.complete} complete.`),
  ];
  const waiting = insp.waiting.map((w) => `• Case ${w.ref}: ${w.questions} ${w.questions === 1 ? "question waits" : "questions wait"} for you`);
  const progress = insp.inProgress.map((c) => `• Case ${c.ref}: ${c.answered} of ${c.total}${c.paused ? " (paused)" : ""}`);
  // At most two sections per list, so each inspection stays within its share of the view.
  if (waiting.length)
    out.push(
      ...chunkLines(["*Waiting for you*", ...waiting])
        .slice(0, 2)
        .map(section),
    );
  else out.push(context("Nothing waits for you here."));
  if (progress.length)
    out.push(
      ...chunkLines(["*In progress*", ...progress])
        .slice(0, 2)
        .map(section),
    );
  return out;
}
