import { z } from "zod";
import { Query, QueryFilters, Show } from "../../core/query/query.ts";
import { choicesOf, type AskResult } from "../../service/ask.ts";
import { askChoiceAction } from "../ids.ts";
import { LIMITS } from "../limits.ts";
import { button, chunkLines, context, escape, section, type Block, type SlackMessage } from "./kit.ts";

/** What a choice button carries: the reading to answer, in short keys. Nothing about a case. */
const ChoiceValue = z.object({ m: z.string().min(1), f: QueryFilters.optional(), g: z.string().min(1).optional(), s: Show.optional() }).strict();

/** The reading as a button value; undefined when it would not fit Slack's 2,000 characters. */
export function encodeChoice(query: Query): string | undefined {
  const filters = Object.keys(query.filters).length ? { f: query.filters } : {};
  const value = JSON.stringify({
    m: query.metric,
    ...filters,
    ...(query.groupBy ? { g: query.groupBy } : {}),
    ...(query.show !== "figure" ? { s: query.show } : {}),
  });
  return value.length <= LIMITS.buttonValue ? value : undefined;
}

/** The reading a button carries, or undefined for anything that is not one of ours. The caller
 * still checks it against the framework (querySchema), as for any reading. */
export function decodeChoice(raw: string | undefined): Query | undefined {
  try {
    const parsed = ChoiceValue.safeParse(JSON.parse(raw ?? ""));
    if (!parsed.success) return undefined;
    const { m, f, g, s } = parsed.data;
    return Query.parse({ metric: m, filters: f ?? {}, ...(g ? { groupBy: g } : {}), show: s ?? "figure" });
  } catch {
    return undefined;
  }
}

/** An answer about the figures as a message: the answer (its first line says what the question
 * was read as) and, when the reading was unsure or none was found, one button per choice.
 * `lead` is mrkdwn put before it ("@sam asked: …"); the answer's own text is escaped, since it
 * names groups (such as case managers) as they were stored. */
export function buildAskAnswer(result: AskResult, lead?: string): SlackMessage {
  const text = [lead, escape(result.text)].filter(Boolean).join("\n");
  const blocks: Block[] = chunkLines(text.split("\n"))
    .slice(0, LIMITS.messageBlocks - 2)
    .map(section);
  const buttons = choicesOf(result).flatMap(({ suggestion, query }, i) => {
    const value = encodeChoice(query);
    return value ? [button(suggestion.label, askChoiceAction(i), value)] : [];
  });
  if (buttons.length) {
    blocks.push(context(result.query ? "Did you mean another figure? One click answers it here." : "Pick a figure to see it here."));
    blocks.push({ type: "actions", block_id: "ask_choices", elements: buttons });
  }
  return { text, blocks };
}
