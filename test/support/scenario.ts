import { asks as asksFor } from "../../src/core/access.ts";
import type { Framework, Question } from "../../src/core/framework/schema.ts";
import { readAnswer, type Reading } from "../../src/core/interview/answers.ts";
import { caseState, progressOf, type Progress, type QuestionState } from "../../src/core/interview/case-state.ts";
import { findQuestion, nextQuestion, previousQuestion, promptFor, recordAnswer, type Prompt, type Recorded } from "../../src/core/interview/interview.ts";
import { Case, type Answer, type AnswerValue, type AuditEntry, type Role } from "../../src/core/records.ts";
import { flagsFor, type Flag } from "../../src/core/scoring/flags.ts";

/** One case driven through the engine; ids are question ids, values as buttons send them. */
export interface Scenario {
  case: Case;
  audit: AuditEntry[];
  attempt(id: string, value: AnswerValue, extra?: { note?: string; reason?: string }): Recorded;
  answer(id: string, value: AnswerValue, extra?: { note?: string }): Answer;
  fill(values: Record<string, AnswerValue>): void;
  change(id: string, value: AnswerValue, reason: string): Answer;
  type(text: string, id?: string): Reading;
  skip(id?: string): void;
  next(): string | undefined;
  back(from: string): string | undefined;
  prompt(): Prompt;
  progress(): Progress;
  flags(): Flag[];
  stateOf(id: string): QuestionState | undefined;
  answerOf(id: string): AnswerValue | undefined;
  setAside(): string[];
  raw(): Record<string, Answer>;
  walk(values: Record<string, AnswerValue>, otherwise?: (q: Question) => AnswerValue): string[];
}

/** A headless driver over the real interview engine, in the style of ODK's `scenario`: tests
 * answer questions as a user would and read back what the engine decides. Answers live in
 * memory; the clock is fake and ticks a second per answer. */
export function scenario(framework: Framework, ref: string, options: { role?: Role; by?: string; manager?: string } = {}): Scenario {
  const kase: Case = Case.parse({ inspection: "scenario", ref, manager: options.manager, createdAt: "2016-09-12T09:00:00.000Z", createdBy: "test" });
  const asks = asksFor(options.role);
  const by = options.by ?? "inspector-1";
  const answers: Record<string, Answer> = {};
  const audit: AuditEntry[] = [];
  let tick = 0;
  const now = () => new Date(Date.UTC(2016, 8, 12, 9, 0, 0) + 1000 * ++tick).toISOString();
  const question = (id: string): Question => {
    const q = findQuestion(framework, id);
    if (!q) throw new Error(`no question ${id} in ${framework.id}`);
    return q;
  };

  const s: Scenario = {
    case: kase,
    audit,
    /** Records an answer and returns what the engine said, without throwing. */
    attempt(id, value, extra = {}) {
      const result = recordAnswer(framework, kase, answers, id, { value, by, at: now(), ...extra });
      if (result.ok) {
        answers[id] = result.answer;
        audit.push(result.audit);
      }
      return result;
    },
    /** Records an answer; a refusal fails the test with the engine's message. */
    answer(id, value, extra = {}) {
      const result = s.attempt(id, value, extra);
      if (!result.ok) throw new Error(result.error);
      return result.answer;
    },
    /** Answers several questions in the order given. */
    fill(values) {
      for (const [id, value] of Object.entries(values)) s.answer(id, value);
    },
    change(id, value, reason) {
      const result = s.attempt(id, value, { reason });
      if (!result.ok) throw new Error(result.error);
      return result.answer;
    },
    /** Types a reply to a question (the next one unless named), as in a Slack thread. */
    type(text, id = s.next()) {
      if (!id) throw new Error("there is no question to answer");
      const reading = readAnswer(question(id), text);
      if (reading.ok) s.answer(id, reading.value, reading.note ? { note: reading.note } : {});
      return reading;
    },
    skip(id = s.next()) {
      if (id && !kase.skipped.includes(id)) kase.skipped.push(id);
    },
    next: () => nextQuestion(framework, answers, kase.skipped, asks)?.id,
    back: (from) => previousQuestion(framework, answers, from, asks)?.id,
    prompt: () => promptFor(framework, kase, answers, asks),
    progress: () => progressOf(framework, answers, asks),
    flags: () => flagsFor(framework, kase.ref, answers),
    stateOf: (id) => caseState(framework, answers).states.get(id),
    /** The counted answer, or undefined when there is none or it is set aside. */
    answerOf: (id) => caseState(framework, answers).effective[id]?.value,
    /** Ids of answers kept but not counted because their question no longer applies. */
    setAside: () => caseState(framework, answers).setAside.map((a) => a.question),
    raw: () => ({ ...answers }),
    /** Follows the guided flow to the end, answering from `values` (or `otherwise`), and
     * returns the questions in the order they were asked. */
    walk(values, otherwise) {
      const asked: string[] = [];
      for (let id = s.next(); id; id = s.next()) {
        if (asked.includes(id)) throw new Error(`${id} was asked twice`);
        asked.push(id);
        const value = values[id] ?? otherwise?.(question(id));
        if (value === undefined) throw new Error(`the scenario has no answer for ${id}`);
        s.answer(id, value);
      }
      return asked;
    },
  };
  return s;
}

/** A plausible answer for any question: the first allowed value. */
export const firstValue = (q: Question): AnswerValue => (q.kind === "multi" ? [q.options[0]!.id] : q.kind === "choice" ? q.options[0]!.id : "yes");
