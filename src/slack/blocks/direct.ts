import type { Readable } from "../../service/direct-question.ts";
import type { WaitingCase } from "../../service/reminders.ts";
import { ACTIONS } from "../ids.ts";
import { LIMITS } from "../limits.ts";
import { button, escape, section, type Block, type SlackMessage } from "./kit.ts";

/** Help in a direct message with the app: what can be typed here. */
export function buildDirectHelp(): SlackMessage {
  const text = [
    "Here you can type:",
    "• `my cases` (or `what's waiting`): the cases with questions waiting for you",
    "• a question about the figures, such as `how many risk reviews were sufficient?`; with several inspections, start with `in dorset-2016:`",
    "• `help`: this message",
    "Cases are answered in their threads in the inspection's channel. `/casecheck reminders snooze|stop|on` changes your reminders.",
  ].join("\n");
  return { text, blocks: [section(text)] };
}

/** "my cases": what waits for the person, by case. */
export function buildWaitingList(cases: readonly WaitingCase[]): SlackMessage {
  if (!cases.length) return { text: "Nothing waits for you. Thank you!", blocks: [section("Nothing waits for you. Thank you!")] };
  const lines = cases.map(
    (c) =>
      `• Case ${c.ref} (${escape(c.inspectionName)}): ${c.questions} ${c.questions === 1 ? "question" : "questions"}${c.thread ? ` in <#${c.thread.channel}>` : ""}`,
  );
  const text = `Waiting for you:\n${lines.join("\n")}`;
  return { text, blocks: [section(text.slice(0, LIMITS.sectionText))] };
}

/** Several inspections: a button each, carrying the question. */
export function buildChooseInspection(inspections: readonly Readable[], question: string): SlackMessage {
  const text = `Which inspection is “${escape(question)}” about? ${inspections.map((i) => `${escape(i.name)} (\`${i.id}\`)`).join(", ")}; or ask again starting \`in ${inspections[0]!.id}:\`.`;
  const buttons = inspections
    .slice(0, LIMITS.actionsElements)
    .map((i) => button(i.name, `${ACTIONS.askIn}:${i.id}`, JSON.stringify({ i: i.id, q: question.slice(0, LIMITS.buttonValue - 100) })));
  const blocks: Block[] = [section(text), { type: "actions", block_id: "ask_in", elements: buttons }];
  return { text, blocks };
}
