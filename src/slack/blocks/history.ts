import type { Question } from "../../core/framework/schema.ts";
import { formatValue } from "../../core/interview/answers.ts";
import type { AnswerValue, AuditEntry } from "../../core/records.ts";
import type { QuestionHistory } from "../../service/history.ts";
import { LIMITS } from "../limits.ts";
import { chunkLines, context, cut, escape, mention, section, type Block, type SlackMessage } from "./kit.ts";
import { fallbackText } from "./fallback.ts";

export type { QuestionHistory };

export interface HistoryInput {
  inspection: string;
  caseRef: string;
  questions: readonly QuestionHistory[];
}

/** A time as Slack shows it in each reader's own time zone; the ISO time is the fallback. */
export function slackTime(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  return Number.isFinite(seconds) ? `<!date^${seconds}^{date_short_pretty} {time}|${iso}>` : escape(iso);
}

/** Typed text (notes, reasons) quoted on one line, escaped and kept short enough to list. */
const quoted = (text: string) => `“${escape(cut(text.replace(/\s+/g, " "), 500))}”`;

function entryLine(question: Question, e: AuditEntry): string {
  const value = (v: AnswerValue | null) => (v === null ? "nothing" : `*${escape(formatValue(question, v))}*`);
  const who = mention(e.by);
  const what: Record<AuditEntry["action"], string> = {
    answer: `${who} answered ${value(e.after)}`,
    change: `${who} changed ${value(e.before)} to ${value(e.after)}`,
    note: `${who} added a note`,
    clear: `${who} cleared ${value(e.before)}`,
    import: `imported ${value(e.after)} (by ${who})`,
    evidence: `${who} added evidence`,
  };
  const extra = [e.reason ? `reason: ${quoted(e.reason)}` : "", e.note ? `note: ${quoted(e.note)}` : ""].filter(Boolean);
  return `• ${slackTime(e.at)} · ${what[e.action]}${extra.length ? ` · ${extra.join(" · ")}` : ""}`;
}

function questionLines({ question, current, entries }: QuestionHistory): string[] {
  const now = current ? `Now *${escape(formatValue(question, current.value))}*, from ${mention(current.by)}.` : "Not answered now.";
  return [
    `*${escape(question.text)}* (\`${question.id}\`)`,
    now,
    ...(entries.length ? entries.map((e) => entryLine(question, e)) : ["No entries in the audit trail."]),
  ];
}

/** How much text one history message carries: like summaries, well inside what Slack accepts. */
const HISTORY_CHARS = 12_000;

/** Who answered what and when, and every change with its before, after and reason: shown only
 * to the person who asked, and read-only (no buttons), since the audit trail is never edited.
 * When it is longer than one message holds, its latest part is shown. */
export function buildHistoryMessage({ inspection, caseRef, questions }: HistoryInput): SlackMessage {
  const total = questions.reduce((n, q) => n + q.entries.length, 0);
  const entries = `${total} ${total === 1 ? "entry" : "entries"}`;
  const head: Block = section(`*History of case ${caseRef}*: ${entries} in the audit trail, which is never edited.`);
  const chunks = questions.flatMap((q) => chunkLines(questionLines(q)));
  const shown: string[] = [];
  let size = 0;
  for (const chunk of [...chunks].reverse()) {
    if (shown.length >= LIMITS.messageBlocks - 2 || size + chunk.length > HISTORY_CHARS) break;
    shown.unshift(chunk);
    size += chunk.length;
  }
  const blocks = [head, ...shown.map(section)];
  if (shown.length < chunks.length)
    blocks.push(context(`Earlier entries are not shown here; \`npx casecheck export --inspection ${inspection} --format json\` has the whole trail.`));
  return { text: fallbackText(blocks.slice(1), `History of case ${caseRef}: ${entries}`), blocks };
}
