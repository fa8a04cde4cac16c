import type { WaitingCase } from "../../service/reminders.ts";
import type { Digest } from "../../service/digest.ts";
import { ACTIONS } from "../ids.ts";
import { LIMITS } from "../limits.ts";
import { button, context, escape, mention, plain, section, type Block, type SlackMessage } from "./kit.ts";

const questions = (n: number) => `${n} ${n === 1 ? "question" : "questions"}`;

/** The line for one waiting case, the same in the fallback text and the blocks. */
const caseLine = (c: WaitingCase) =>
  `Case ${c.ref} (${escape(c.inspectionName)}): ${questions(c.questions)}${c.deadline ? `, fieldwork ends ${c.deadline}` : ""}`;

/** A reminder DM: what waits, a button per case that opens its thread, and Snooze/Stop. The
 * fallback text lists every case, so a notification or screen reader says it all. */
export function buildReminderMessage(cases: ReadonlyArray<WaitingCase & { link?: string }>): SlackMessage {
  const total = cases.reduce((n, c) => n + c.questions, 0);
  const intro = `${questions(total)} in ${cases.length} ${cases.length === 1 ? "case wait" : "cases wait"} for you`;
  const room = LIMITS.messageBlocks - 3;
  const shown = cases.slice(0, room);
  const blocks: Block[] = [section(`*${intro}.*`)];
  for (const c of shown) {
    const line = section(`• ${caseLine(c)}`);
    blocks.push(
      c.link
        ? ({
            ...line,
            accessory: {
              type: "button",
              text: plain(`Open case ${c.ref}`, LIMITS.buttonText),
              action_id: `${ACTIONS.openCase}:${c.inspection}:${c.ref}`.slice(0, LIMITS.actionId),
              url: c.link,
            },
          } as Block)
        : line,
    );
  }
  if (cases.length > shown.length) blocks.push(context(`…and ${cases.length - shown.length} more cases; your App Home lists them all.`));
  blocks.push({
    type: "actions",
    block_id: "reminders",
    elements: [button("Snooze for a day", ACTIONS.snoozeReminders, "snooze"), button("Stop reminders", ACTIONS.stopReminders, "stop", "danger")],
  });
  return { text: `${intro}: ${cases.map(caseLine).join("; ")}.`, blocks };
}

/** The leads' daily digest: progress by case manager. */
export function buildDigestMessage(digest: Digest): SlackMessage {
  const lines = digest.byManager.map(
    (m) =>
      `• ${m.manager ? mention(m.manager) : "No case manager"}: ${m.complete} of ${m.cases} ${m.cases === 1 ? "case" : "cases"} complete${m.waitingOnThem ? `, ${questions(m.waitingOnThem)} waiting on them` : ""}`,
  );
  const head = `Daily progress for ${digest.name}: ${digest.complete} of ${digest.cases} cases complete`;
  return {
    text: `${head}. ${lines.map((l) => l.slice(2)).join("; ")}`,
    blocks: [section(`*${escape(head)}*`), ...(lines.length ? [section(lines.join("\n").slice(0, LIMITS.sectionText))] : [context("No cases yet.")])],
  };
}
