import { asks } from "../core/access.ts";
import type { Question } from "../core/framework/schema.ts";
import { caseState } from "../core/interview/case-state.ts";
import type { AnswerValue } from "../core/records.ts";
import type { Actor, OpenCase } from "./cases.ts";
import { giveAnswer } from "./give-answer.ts";

/** The questions of a section this person answers that are still open (or wait on an answer in
 * the same section): what a form for the whole section asks. */
export function sectionQuestions(open: OpenCase, actor: Actor, sectionId: string): Question[] {
  const section = open.framework.sections.find((s) => s.id === sectionId);
  const { states } = caseState(open.framework, open.answers);
  return (section?.questions ?? []).filter((q) => asks(actor.role)(q) && (states.get(q.id) === "open" || states.get(q.id) === "pending"));
}

export interface SectionAnswers {
  recorded: string[];
  problems: Array<{ question: string; error: string }>;
  open: OpenCase;
}

/** Records several answers in the framework's order, each through giveAnswer exactly as a click
 * would (access checked per question); one refused answer does not stop the others. An answer
 * that makes a later question not apply leaves that one unrecorded, with the reason. */
export async function answerSection(
  store: Parameters<typeof giveAnswer>[0],
  open: OpenCase,
  actor: Actor,
  values: ReadonlyArray<{ question: string; value: AnswerValue }>,
  at: string,
): Promise<SectionAnswers> {
  let current = open;
  const recorded: string[] = [];
  const problems: SectionAnswers["problems"] = [];
  for (const { question, value } of values) {
    const given = await giveAnswer(store, current, actor, { question, value, at });
    if (!given.ok) {
      problems.push({ question, error: given.error.message });
      continue;
    }
    current = given.open;
    recorded.push(question);
  }
  return { recorded, problems, open: current };
}
