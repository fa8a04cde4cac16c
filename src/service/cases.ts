import { asks, mayAnswerQuestion, mayOnCase } from "../core/access.ts";
import type { Framework } from "../core/framework/schema.ts";
import { readAnswer } from "../core/interview/answers.ts";
import { findQuestion, previousQuestion, promptFor, recordAnswer, recordNote, type Prompt } from "../core/interview/interview.ts";
import { CaseRef, type Answers, type AnswerValue, type Case, type Role } from "../core/records.ts";
import type { Store } from "../store/store.ts";
import { frameworkOf } from "./framework-version.ts";
import type { Result } from "./inspections.ts";

/** Someone acting on a case: who they are and their role in the inspection. */
export interface Actor {
  user: string;
  role: Role | undefined;
}

export interface OpenCase {
  framework: Framework;
  kase: Case;
  answers: Answers;
}

/** The inspection, the case and its answers, read at once (none depends on another). */
export async function openCase(store: Store, inspectionId: string, ref: string): Promise<Result<OpenCase>> {
  const [inspection, kase, answers] = await Promise.all([store.getInspection(inspectionId), store.getCase(inspectionId, ref), store.getAnswers(inspectionId, ref)]);
  if (!inspection) return { ok: false, error: `There is no inspection "${inspectionId}".` };
  const found = await frameworkOf(store, inspection);
  if (!found.ok) return found;
  const { framework } = found;
  if (!kase) return { ok: false, error: `There is no case ${ref} in ${inspectionId}. Start it with \`case ${ref}\`.` };
  return { ok: true, framework, kase, answers };
}

export interface StartCase {
  inspection: string;
  ref: string;
  manager?: string;
  by: string;
  at: string;
  thread?: Case["thread"];
}

/** Starts a case, or returns it as it is when it already exists (so a repeated command is harmless). */
export async function startCase(store: Store, input: StartCase): Promise<Result<{ kase: Case; created: boolean }>> {
  const ref = CaseRef.safeParse(input.ref);
  if (!ref.success) return { ok: false, error: `"${input.ref}": ${ref.error.issues[0]!.message}.` };
  const existing = await store.getCase(input.inspection, ref.data);
  if (existing) return { ok: true, kase: existing, created: false };
  const kase: Case = {
    inspection: input.inspection,
    ref: ref.data,
    createdAt: input.at,
    createdBy: input.by,
    skipped: [],
    paused: false,
    ...(input.manager ? { manager: input.manager } : {}),
    ...(input.thread ? { thread: input.thread } : {}),
  };
  await store.saveCase(kase);
  return { ok: true, kase, created: true };
}

/** The prompt for this person now: the next question they are asked, or "complete". */
export function currentPrompt(open: OpenCase, actor: Actor): Prompt {
  return promptFor(open.framework, open.kase, open.answers, asks(actor.role));
}

export interface GiveAnswer {
  question: string;
  /** A button's value, or typed text to be read. */
  value?: AnswerValue;
  text?: string;
  note?: string;
  reason?: string;
  at: string;
}

/** Checks, stores, and only then reports an answer; returns the next prompt. */
export async function giveAnswer(store: Store, open: OpenCase, actor: Actor, input: GiveAnswer): Promise<Result<{ prompt: Prompt; open: OpenCase }>> {
  const { framework, kase, answers } = open;
  const question = findQuestion(framework, input.question);
  if (!question) return { ok: false, error: `There is no question ${input.question}.` };
  const allowed = mayOnCase(actor.role, actor.user, kase, "answer");
  if (!allowed.ok) return { ok: false, error: allowed.reason };
  const forQuestion = mayAnswerQuestion(actor.role, question);
  if (!forQuestion.ok) return { ok: false, error: forQuestion.reason };
  let value = input.value;
  let note = input.note;
  if (value === undefined) {
    const read = readAnswer(question, input.text ?? "");
    if (!read.ok) return { ok: false, error: read.error };
    value = read.value;
    note = [read.note, note].filter(Boolean).join(" ") || undefined;
  }
  const recorded = recordAnswer(framework, kase, answers, question.id, { value, note, reason: input.reason, by: actor.user, at: input.at });
  if (!recorded.ok) return { ok: false, error: recorded.error };
  await store.saveAnswers(kase.inspection, kase.ref, [recorded.answer], [recorded.audit]);
  let updated = kase;
  if (kase.skipped.includes(question.id) || kase.paused) {
    updated = { ...kase, skipped: kase.skipped.filter((q) => q !== question.id), paused: false };
    await store.saveCase(updated);
  }
  const next: OpenCase = { framework, kase: updated, answers: { ...answers, [question.id]: recorded.answer } };
  return { ok: true, prompt: currentPrompt(next, actor), open: next };
}

export async function addNote(store: Store, open: OpenCase, actor: Actor, questionId: string, note: string, at: string): Promise<Result<{ open: OpenCase }>> {
  const allowed = mayOnCase(actor.role, actor.user, open.kase, "answer");
  if (!allowed.ok) return { ok: false, error: allowed.reason };
  const recorded = recordNote(open.kase, open.answers, questionId, note, actor.user, at);
  if (!recorded.ok) return { ok: false, error: recorded.error };
  await store.saveAnswers(open.kase.inspection, open.kase.ref, [recorded.answer], [recorded.audit]);
  return { ok: true, open: { ...open, answers: { ...open.answers, [questionId]: recorded.answer } } };
}

/** Leaves a question for later; it is asked again once the rest are done. */
export async function skipQuestion(store: Store, open: OpenCase, actor: Actor, questionId: string): Promise<Result<{ prompt: Prompt; open: OpenCase }>> {
  const allowed = mayOnCase(actor.role, actor.user, open.kase, "answer");
  if (!allowed.ok) return { ok: false, error: allowed.reason };
  const kase = { ...open.kase, skipped: [...open.kase.skipped.filter((q) => q !== questionId), questionId] };
  await store.saveCase(kase);
  const next = { ...open, kase };
  return { ok: true, prompt: currentPrompt(next, actor), open: next };
}

export async function setPaused(store: Store, open: OpenCase, paused: boolean): Promise<OpenCase> {
  const kase = { ...open.kase, paused };
  await store.saveCase(kase);
  return { ...open, kase };
}

/** The question before `questionId`, shown with its current answer so it can be changed. */
export function goBack(open: OpenCase, actor: Actor, questionId: string): Prompt | undefined {
  const previous = previousQuestion(open.framework, open.answers, questionId, asks(actor.role));
  return previous && promptFor(open.framework, open.kase, open.answers, asks(actor.role), previous);
}

/** A specific question, for changing its answer. */
export function promptAt(open: OpenCase, actor: Actor, questionId: string): Prompt | undefined {
  const question = findQuestion(open.framework, questionId);
  return question && promptFor(open.framework, open.kase, open.answers, asks(actor.role), question);
}
