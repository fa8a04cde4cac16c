import type { Progress } from "../../core/interview/case-state.ts";
import type { Case } from "../../core/records.ts";
import type { Flag } from "../../core/scoring/flags.ts";
import { context, escape, mention, section, type SlackMessage } from "./kit.ts";

export interface RootInput {
  kase: Case;
  progress: Progress;
  flags: Flag[];
}

/** The progress line: "11 of 38 answered · reoffending ✓ · public 3/9 · …". */
export function progressLine(progress: Progress): string {
  const parts = progress.sections.map((s) => (s.answered === s.total ? `${s.section.short} ✓` : `${s.section.short} ${s.answered}/${s.total}`));
  return [`${progress.answered} of ${progress.total} answered`, ...parts].join(" · ");
}

/** A case thread's root message, updated as answers come in. */
export function buildRootMessage({ kase, progress, flags }: RootInput): SlackMessage {
  const line = `*Case ${kase.ref}* · case manager ${mention(kase.manager)} · ${progressLine(progress)}`;
  const status = progress.complete
    ? `Complete ✓${flags.length ? ` · ${flags.length} consistency ${flags.length === 1 ? "flag" : "flags"}` : ""}`
    : kase.paused
      ? "Paused. `/casecheck case " + kase.ref + "` carries on."
      : "Answer in this thread with the buttons, or type a reply (“no, it was late”). Start a reply with `note:` to add evidence.";
  return {
    text: `Case ${kase.ref}: ${progressLine(progress)} · case manager ${mention(kase.manager)}. ${status}`,
    blocks: [section(line), context(status)],
  };
}

/** Posted in the thread when the last question is answered. */
export function buildCompleteMessage(caseRef: string, progress: Progress, flags: Flag[]): SlackMessage {
  const lines = [`*Case ${caseRef} is complete:* all ${progress.total} questions answered.`];
  if (flags.length) {
    lines.push("", "Consistency flags (check these answers; nothing has been changed):");
    for (const f of flags) lines.push(`• ${escape(f.message)}`);
  } else lines.push("No consistency flags.");
  return { text: `Case ${caseRef} is complete.`, blocks: [section(lines.join("\n"))] };
}
