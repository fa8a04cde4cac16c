import { allowedValues, questionsOf } from "../framework/define.ts";
import type { Framework, Question, Section } from "../framework/schema.ts";
import type { Answer, Answers, AnswerValue, AuditEntry, Case } from "../records.ts";
import { flagsFor, type Flag } from "../scoring/flags.ts";
import { formatValue, validateAnswer } from "./answers.ts";
import { caseState, progressOf, type CaseState, type Progress } from "./case-state.ts";

export type Asks = (q: Question) => boolean;
const everything: Asks = () => true;

/** What to show next in a case's conversation; adapters render it (Block Kit, terminal text). */
export type Prompt =
  | {
      kind: "question";
      caseRef: string;
      question: Question;
      section: Section;
      /** 1-based position among the questions this person is asked. */
      position: number;
      total: number;
      choices: Array<{ value: string; label: string }>;
      /** The answer already given, when revisiting. */
      current?: Answer;
      /** Whether there is an earlier question to go back to. */
      canGoBack: boolean;
    }
  | { kind: "complete"; caseRef: string; progress: Progress; flags: Flag[] };

export function sectionOf(framework: Framework, questionId: string): Section | undefined {
  return framework.sections.find((s) => s.questions.some((q) => q.id === questionId));
}

export function findQuestion(framework: Framework, questionId: string): Question | undefined {
  return questionsOf(framework).find((q) => q.id === questionId);
}

/** The next question to ask: the first open one in order, leaving skipped ones to the end.
 * `state` is caseState(framework, raw), when the caller has it already. */
export function nextQuestion(
  framework: Framework,
  raw: Answers,
  skipped: readonly string[] = [],
  asks: Asks = everything,
  state: CaseState = caseState(framework, raw),
): Question | undefined {
  const { states } = state;
  const open = questionsOf(framework).filter((q) => asks(q) && states.get(q.id) === "open");
  return open.find((q) => !skipped.includes(q.id)) ?? open[0];
}

/** The question before `questionId` that applies to this case (answered or not), for Back. */
export function previousQuestion(framework: Framework, raw: Answers, questionId: string, asks: Asks = everything): Question | undefined {
  const { states } = caseState(framework, raw);
  const asked = questionsOf(framework).filter((q) => asks(q) && (states.get(q.id) === "answered" || states.get(q.id) === "open"));
  const i = asked.findIndex((q) => q.id === questionId);
  return i > 0 ? asked[i - 1] : i === -1 ? asked.at(-1) : undefined;
}

/** `state` is caseState(framework, raw), when the caller has it already; it is worked out once
 * for everything the prompt says. */
export function promptFor(
  framework: Framework,
  kase: Case,
  raw: Answers,
  asks: Asks = everything,
  at?: Question,
  state: CaseState = caseState(framework, raw),
): Prompt {
  const progress = progressOf(framework, raw, asks, state);
  const question = at ?? nextQuestion(framework, raw, kase.skipped, asks, state);
  if (!question) return { kind: "complete", caseRef: kase.ref, progress, flags: flagsFor(framework, kase.ref, raw) };
  const { states } = state;
  const asked = questionsOf(framework).filter((q) => asks(q) && states.get(q.id) !== "not_applicable");
  const position = asked.findIndex((q) => q.id === question.id) + 1;
  return {
    kind: "question",
    caseRef: kase.ref,
    question,
    section: sectionOf(framework, question.id)!,
    position,
    total: asked.length,
    choices: allowedValues(question).map((value) => ({ value, label: formatValue(question, value) })),
    current: raw[question.id],
    canGoBack: position > 1,
  };
}

export type Recorded = { ok: true; answer: Answer; audit: AuditEntry } | { ok: false; error: string };

export interface AnswerInput {
  value: AnswerValue;
  note?: string;
  /** Why an existing answer is being changed; required for a change. */
  reason?: string;
  by: string;
  at: string;
}

/** Checks an answer against the framework and the case, and returns what to store:
 * the answer and its audit entry. Nothing is stored here. */
export function recordAnswer(framework: Framework, kase: Case, raw: Answers, questionId: string, input: AnswerInput): Recorded {
  const question = findQuestion(framework, questionId);
  if (!question) return { ok: false, error: `There is no question ${questionId} in ${framework.name}.` };
  const state = caseState(framework, raw).states.get(questionId);
  if (state === "not_applicable" || state === "pending")
    return { ok: false, error: `That question does not apply to case ${kase.ref} as it stands, so it cannot be answered now.` };
  const valid = validateAnswer(question, input.value);
  if (!valid.ok) return { ok: false, error: `${question.text} ${valid.error}.` };
  const before = raw[questionId];
  const changed = before !== undefined && !sameValue(before.value, input.value);
  if (changed && !input.reason?.trim())
    return { ok: false, error: `Case ${kase.ref} already has "${formatValue(question, before.value)}" for this question. Say why you are changing it.` };
  const note = input.note?.trim() || (changed ? undefined : before?.note);
  const answer: Answer = { question: questionId, value: input.value, by: input.by, at: input.at, ...(note ? { note } : {}) };
  const audit: AuditEntry = {
    inspection: kase.inspection,
    case: kase.ref,
    question: questionId,
    action: before ? "change" : "answer",
    before: before?.value ?? null,
    after: input.value,
    by: input.by,
    at: input.at,
    ...(input.note?.trim() ? { note: input.note.trim() } : {}),
    ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
  };
  return { ok: true, answer, audit };
}

/** Adds or replaces the evidence note on an answered question. */
export function recordNote(kase: Case, raw: Answers, questionId: string, note: string, by: string, at: string): Recorded {
  const before = raw[questionId];
  const text = note.trim();
  if (!before) return { ok: false, error: "Answer the question first, then add a note to it." };
  if (!text) return { ok: false, error: "The note is empty." };
  const answer: Answer = { ...before, note: text };
  const audit: AuditEntry = {
    inspection: kase.inspection,
    case: kase.ref,
    question: questionId,
    action: "note",
    before: before.value,
    after: before.value,
    note: text,
    by,
    at,
  };
  return { ok: true, answer, audit };
}

export function sameValue(a: AnswerValue, b: AnswerValue): boolean {
  const x = Array.isArray(a) ? [...a].sort() : [a];
  const y = Array.isArray(b) ? [...b].sort() : [b];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
