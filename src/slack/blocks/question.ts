import { formatValue } from "../../core/interview/answers.ts";
import type { Prompt } from "../../core/interview/interview.ts";
import type { Answer } from "../../core/records.ts";
import { encodeButton } from "../button-value.ts";
import { ACTIONS, answerAction } from "../ids.ts";
import { LIMITS } from "../limits.ts";
import { button, context, escape, mention, mrkdwn, option, section, type Block, type SlackMessage } from "./kit.ts";

export type QuestionPrompt = Extract<Prompt, { kind: "question" }>;

export interface QuestionContext {
  inspection: string;
  /** The thread's turn when this message is posted; its buttons carry it. */
  turn: number;
  manager?: string;
  /** Whether the case has answers to note on or change. */
  hasAnswers: boolean;
}

const where = (p: Pick<QuestionPrompt, "caseRef" | "position" | "total" | "section">) =>
  `Case ${p.caseRef} · ${p.position} of ${p.total} · ${escape(p.section.title)}`;

/** One question in a case thread, with a button for every allowed value and the ways round it. */
export function buildQuestionBlocks(prompt: QuestionPrompt, ctx: QuestionContext): SlackMessage {
  const { question } = prompt;
  const base = { i: ctx.inspection, c: prompt.caseRef, q: question.id, n: ctx.turn };
  const blocks: Block[] = [context(where(prompt)), section(`*${escape(question.text)}*`)];
  const notes: string[] = [];
  if (question.hint) notes.push(escape(question.hint));
  notes.push(question.audience === "cm" ? `For the case manager (${mention(ctx.manager)}) or an inspector.` : "For the inspector.");
  if (prompt.current)
    notes.push(`Recorded now: *${escape(formatValue(question, prompt.current.value))}*. Choose it again to keep it; another answer asks why it changed.`);
  blocks.push(context(...notes));

  if (question.kind === "multi") {
    const picked = prompt.current && Array.isArray(prompt.current.value) ? prompt.current.value : [];
    const options = prompt.choices.slice(0, LIMITS.checkboxOptions).map((c) => option(c.label, c.value));
    const initial = options.filter((o) => picked.includes(o.value));
    blocks.push({
      type: "actions",
      block_id: "choices",
      elements: [
        { type: "checkboxes", action_id: ACTIONS.tick, options, ...(initial.length ? { initial_options: initial } : {}) },
        button("Save", ACTIONS.saveChoices, encodeButton(base), "primary"),
      ],
    });
  } else {
    blocks.push({
      type: "actions",
      block_id: "answer",
      elements: prompt.choices
        .slice(0, LIMITS.actionsElements)
        .map((c) => button(c.label, answerAction(c.value), encodeButton({ ...base, v: c.value }), c.value === prompt.current?.value ? "primary" : undefined)),
    });
  }

  const nav = [
    ...(prompt.canGoBack ? [button("Back", ACTIONS.back, encodeButton(base))] : []),
    ...(prompt.current ? [] : [button("Skip", ACTIONS.skip, encodeButton(base))]),
    ...(ctx.hasAnswers ? [button("Add note", ACTIONS.note, encodeButton(base)), button("Change an answer", ACTIONS.change, encodeButton(base))] : []),
    button("Pause", ACTIONS.pause, encodeButton(base)),
  ];
  // The case manager's first question: the rest of its section can be answered in one form.
  if (question.audience === "cm" && prompt.position === 1 && !prompt.current && prompt.section.questions.filter((q) => q.audience === "cm").length > 1)
    nav.unshift(button(`Answer all the ${prompt.section.short} questions at once`, ACTIONS.answerSection, encodeButton(base)));
  blocks.push({ type: "actions", block_id: "navigate", elements: nav });
  return { text: `Case ${prompt.caseRef}, question ${prompt.position} of ${prompt.total}: ${escape(question.text)}`, blocks };
}

/** The question message once answered: the answer in place of the buttons, and a History
 * button that shows (only to whoever presses it) every answer and change to this question. */
export function buildAnsweredBlocks(prompt: QuestionPrompt, answer: Answer, inspection: string): SlackMessage {
  const value = formatValue(prompt.question, answer.value);
  const lines = [`✓ *${escape(value)}*, recorded by ${mention(answer.by)}`];
  if (answer.note) lines.push(`Note: ${escape(answer.note)}`);
  const history = encodeButton({ i: inspection, c: prompt.caseRef, q: prompt.question.id, n: 0 });
  return {
    text: `Case ${prompt.caseRef}: ${escape(prompt.question.text)} ${escape(value)}`,
    blocks: [
      context(where(prompt)),
      section(`*${escape(prompt.question.text)}*`),
      { type: "context", elements: lines.map((l) => mrkdwn(l)) },
      { type: "actions", block_id: "history", elements: [button("History", ACTIONS.history, history)] },
    ],
  };
}

/** The question message when the thread moved on without an answer (skipped, back, paused). */
export function buildClosedQuestionBlocks(prompt: QuestionPrompt, status: string): SlackMessage {
  return {
    text: `Case ${prompt.caseRef}: ${escape(prompt.question.text)} (${status})`,
    blocks: [context(where(prompt)), section(`*${escape(prompt.question.text)}*`), context(`_${status}_`)],
  };
}
