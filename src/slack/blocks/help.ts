import { COMMAND } from "../ids.ts";
import { fallbackText } from "./fallback.ts";
import { context, section, type SlackMessage } from "./kit.ts";

const LINES = [
  ["new ID [name] [framework:X]", "start an inspection in this channel (framework sqs-youth-2016 unless you name another); you become its lead"],
  ["case D07 @case-manager", "open case D07 in a thread here and ask its questions one at a time; again to carry on a paused case"],
  ["ask QUESTION", "answer a question about the figures, such as “how many risk reviews were sufficient?”"],
  ["summary [section] [#channel]", "post the summary, or one section of it (“summary public”)"],
  ["status", "progress of every case"],
  ["export [csv|json]", "the answers as a file in your direct messages, for the lead inspector"],
  ["report [pdf|docx|md]", "the draft report as a file in this channel, for managers and leads; `report edit` (lead): write its narrative"],
  ["history D07 [question id]", "who answered what and when on case D07, with every change and its reason (only you see it)"],
  ["role @person ROLE", "lead only: make someone a lead, inspector, case_manager or manager (or none)"],
  ["deadline YYYY-MM-DD", "lead only: the last day of fieldwork; reminders come daily in its last five working days"],
  ["schedule summary|digest weekdays|daily HH:MM", "lead only: when the summary is posted here, or the leads' progress digest sent, in the team's time zone"],
  ["reminders snooze|stop|on", "your own reminders of what waits for you: a day off, off, or on again"],
  ["help", "this list"],
] as const;

/** `/casecheck help`: everything the app does. */
export function buildHelpMessage(): SlackMessage {
  const commands = LINES.map(([usage, what]) => `\`${COMMAND} ${usage}\`: ${what}`).join("\n");
  const blocks = [
    section(`*casecheck* helps inspectors go through each case in a thread and works out every figure.\n\n${commands}`),
    section(
      "*In a case thread*: press a button to answer, or type a reply (“no, it was late” records *No* with a note). Start a reply with `note:` to add evidence to the last answer. Back, Skip, Pause and Change an answer are under each question; a change asks why and keeps it in the audit trail. *History* under an answered question shows its trail.",
    ),
    section("*Mention me* with a question about the figures: `@casecheck how many cases had a sufficient risk review?`"),
    context("Case managers answer the factual questions about their own cases; managers read figures and post summaries; only leads change roles and export."),
  ];
  return { text: fallbackText(blocks, `${COMMAND} help`), blocks };
}
