import { asks } from "../core/access.ts";
import type { Framework } from "../core/framework/schema.ts";
import { promptFor, type Prompt } from "../core/interview/interview.ts";
import { CaseRef, type Answers, type Case, type Inspection, type Role } from "../core/records.ts";
import type { Store } from "../store/store.ts";
import { movedFrom } from "./channel.ts";
import { frameworkOf } from "./framework-version.ts";
import { fail, type Result } from "./result.ts";

/** Someone acting on a case: who they are and their role in the inspection. */
export interface Actor {
  user: string;
  role: Role | undefined;
}

export interface OpenCase {
  inspection: Inspection;
  framework: Framework;
  kase: Case;
  answers: Answers;
}

/** Case refs are compared without regard to case (D07 and d07 are one case), and a case keeps
 * its ref as first written: this is the stored ref that `ref` names, or `ref` itself when no
 * case has it yet. The exact ref is tried first, so a button (which carries the stored ref)
 * costs one read; only a differently written ref lists the inspection's cases. */
export async function resolveCaseRef(store: Store, inspection: string, ref: string): Promise<string> {
  if (await store.getCase(inspection, ref)) return ref;
  const wanted = ref.toUpperCase();
  return (await store.listCases(inspection)).find((c) => c.ref.toUpperCase() === wanted)?.ref ?? ref;
}

/** The inspection, the case and its answers, read at once (none depends on another). With
 * `channel`, where the request came from: a channel the inspection has left is refused. */
export async function openCase(store: Store, inspectionId: string, asWritten: string, from: { channel?: string } = {}): Promise<Result<OpenCase>> {
  const read = (ref: string) => Promise.all([store.getCase(inspectionId, ref), store.getAnswers(inspectionId, ref)]);
  const [inspection, exact] = await Promise.all([store.getInspection(inspectionId), read(asWritten)]);
  let [kase, answers] = exact;
  const ref = inspection && !kase ? await resolveCaseRef(store, inspectionId, asWritten) : asWritten;
  if (ref !== asWritten) [kase, answers] = await read(ref);
  if (!inspection) return fail("not_found", `There is no inspection "${inspectionId}".`);
  const moved = from.channel ? movedFrom(inspection, from.channel) : undefined;
  if (moved) return moved;
  const found = await frameworkOf(store, inspection);
  if (!found.ok) return found;
  const { framework } = found;
  if (!kase) return fail("not_found", `There is no case ${ref} in ${inspectionId}.`);
  return { ok: true, inspection, framework, kase, answers };
}

export interface StartCase {
  inspection: string;
  ref: string;
  manager?: string;
  by: string;
  at: string;
  thread?: Case["thread"];
}

/** Starts a case, or returns it as it is when it already exists (so a repeated command is
 * harmless). The case manager named becomes the inspection's case manager if they have no role. */
export async function startCase(store: Store, input: StartCase): Promise<Result<{ kase: Case; created: boolean }>> {
  const ref = CaseRef.safeParse(input.ref);
  if (!ref.success) return fail("invalid", `"${input.ref}": ${ref.error.issues[0]!.message}.`);
  const stored = await resolveCaseRef(store, input.inspection, ref.data);
  const existing = await store.getCase(input.inspection, stored);
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
  await giveCaseManagerRole(store, kase);
  return { ok: true, kase, created: true };
}

/** Gives a case that exists (imported, or started elsewhere) its thread, and its case manager. */
export async function attachThread(store: Store, kase: Case, thread: NonNullable<Case["thread"]>, manager?: string): Promise<Case> {
  const updated = { ...kase, thread, ...(manager ? { manager } : {}) };
  await store.saveCase(updated);
  await giveCaseManagerRole(store, updated);
  return updated;
}

/** Whoever is named as a case's manager may answer its factual questions: they become a case
 * manager of the inspection unless they have a role in it already. */
async function giveCaseManagerRole(store: Store, kase: Case): Promise<void> {
  if (kase.manager && !(await store.getRole(kase.inspection, kase.manager))) await store.setRole(kase.inspection, kase.manager, "case_manager");
}

/** The prompt for this person now: the next question they are asked, or "complete". */
export function currentPrompt(open: OpenCase, actor: Actor): Prompt {
  return promptFor(open.framework, open.kase, open.answers, asks(actor.role));
}

/** Pauses or resumes a case (resuming is `case REF` again, which anyone who may start cases
 * may do); a case deleted meanwhile is not written again. */
export async function setPaused(store: Store, open: OpenCase, paused: boolean): Promise<OpenCase> {
  const kase = { ...open.kase, paused };
  await store.saveCase(kase, "existing");
  return { ...open, kase };
}

/** A write for a case that was deleted (with its inspection) while it was being made. */
export const deletedReason = (kase: Pick<Case, "inspection" | "ref">) =>
  `Case ${kase.ref} of inspection ${kase.inspection} was deleted meanwhile, so nothing was recorded.`;
