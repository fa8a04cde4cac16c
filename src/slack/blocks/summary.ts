import { overallSentence, standardSentence } from "../../core/rating/sentence.ts";
import { sentenceFor, shortFigure } from "../../core/summary/sentence.ts";
import type { Summary } from "../../core/summary/summary.ts";
import { casesLine } from "../../core/summary/text.ts";
import { LIMITS } from "../limits.ts";
import { chunkLines, context, escape, header, section, type Block, type SlackMessage } from "./kit.ts";
import { fallbackText } from "./fallback.ts";

/** How much text one post carries before the rest goes into its thread: long posts read
 * better in parts, and Slack refuses very large block payloads well before 50 full sections. */
export const SUMMARY_CHARS_PER_MESSAGE = 12_000;

/** A summary as one or more messages: the first is posted in the channel, the rest in its thread.
 * Every figure is `sentenceFor` a computed metric; nothing here does arithmetic. */
export function buildSummaryMessages(summary: Summary, options: { title?: string } = {}): SlackMessage[] {
  const title = options.title ?? `Summary: ${summary.inspection.name}`;
  const blocks: Block[] = [header(title), context(escape(casesLine(summary)))];
  if (summary.frameworkNote) blocks.push(context(escape(summary.frameworkNote)));
  const add = (lines: string[]) => chunkLines(lines).forEach((chunk) => blocks.push(section(chunk)));
  if (summary.ratings)
    add(["*Ratings*", ...summary.ratings.standards.map((s) => `• ${escape(standardSentence(s))}`), `• *${escape(overallSentence(summary.ratings))}*`]);
  // Titles and labels come from framework files, written by people: escaped like any text.
  for (const s of summary.sections) add([`*${escape(s.title)}*`, ...s.metrics.map((m) => `• ${escape(sentenceFor(m))}`)]);
  if (summary.improvements.length) add(["*Areas needing improvement*", ...summary.improvements.map((m) => `• ${escape(shortFigure(m))}`)]);
  if (summary.flags.length) add(["*Consistency flags*", ...summary.flags.map((f) => `• ${escape(f.case)}: ${escape(f.message)}`)]);
  return pack(blocks, title);
}

const textOf = (b: Block) => JSON.stringify(b).length;

/** Packs blocks into messages within the block and size limits; later parts say they continue. */
function pack(blocks: Block[], title: string): SlackMessage[] {
  const parts: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const block of blocks) {
    // One block is kept free in later parts for the "continued" line.
    const room = parts.length ? LIMITS.messageBlocks - 1 : LIMITS.messageBlocks;
    if (current.length && (current.length >= room || size + textOf(block) > SUMMARY_CHARS_PER_MESSAGE)) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += textOf(block);
  }
  if (current.length) parts.push(current);
  return parts.map((part, i) => ({
    text: fallbackText(part, escape(i === 0 ? title : `${title} (part ${i + 1} of ${parts.length})`)),
    blocks: i === 0 ? part : [context(`_${escape(title)}, part ${i + 1} of ${parts.length}_`), ...part],
  }));
}
