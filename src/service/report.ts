import { randomUUID } from "node:crypto";
import { may } from "../core/access.ts";
import type { Role } from "../core/records.ts";
import { generatedImprovements } from "../report/build.ts";
import type { ReportInput } from "../report/document.ts";
import { PART_MAX_CHARS, PART_TITLES, ReportPart, type Narrative, type PartText } from "../report/parts.ts";
import type { Store } from "../store/store.ts";
import { loadInspection, summariseLoaded, type LoadedInspection } from "./inspections.ts";
import { fail, type Result } from "./result.ts";

export type ReportResult<T> = Result<T>;

export interface ReportActor {
  user: string;
  role: Role | undefined;
}

/** Keys name their inspection right after their kind, so deleting the inspection removes them.
 * The current text of a part is one key; every edit is appended under its own key as well. */
const partKey = (inspection: string, part: ReportPart) => `report-part:${inspection}:${part}`;
const historyPrefix = (inspection: string) => `report-history:${inspection}:`;

export async function readNarrative(store: Store, inspection: string): Promise<Narrative> {
  const found = await Promise.all(ReportPart.options.map(async (part) => [part, await store.getValue<PartText>(partKey(inspection, part))] as const));
  return Object.fromEntries(found.filter(([, v]) => v)) as Narrative;
}

/** Every edit of every part, oldest first: the report's own audit trail. */
export async function reportHistory(store: Store, inspection: string): Promise<PartText[]> {
  return (await store.listValues<PartText>(historyPrefix(inspection))).map((e) => e.value).sort((a, b) => a.at.localeCompare(b.at));
}

/** The report's parts as they stand and every edit of them, for the JSON export. */
export interface ReportTrail {
  parts: Narrative;
  history: PartText[];
}

export async function reportTrail(store: Store, inspection: string): Promise<ReportTrail> {
  const [parts, history] = await Promise.all([readNarrative(store, inspection), reportHistory(store, inspection)]);
  return { parts, history };
}

/** The first and last time anything was answered: the inspection's fieldwork as casecheck saw it. */
function periodOf(loaded: LoadedInspection): ReportInput["period"] {
  const times = loaded.scored.flatMap((c) => Object.values(c.answers).map((a) => a.at)).sort();
  return times.length ? { from: times[0]!, to: times.at(-1)! } : { from: loaded.inspection.createdAt, to: loaded.inspection.createdAt };
}

/** What a draft report is built from, for a lead or a manager. */
export async function reportInput(
  store: Store,
  inspection: string,
  actor: ReportActor,
): Promise<ReportResult<{ input: ReportInput; loaded: LoadedInspection }>> {
  const allowed = may(actor.role, "report");
  if (!allowed.ok) return fail("not_allowed", allowed.reason);
  const loaded = await loadInspection(store, inspection);
  if (!loaded.ok) return loaded;
  const summary = summariseLoaded(loaded);
  const narrative = await readNarrative(store, inspection);
  return { ok: true, loaded, input: { summary, narrative, framework: loaded.framework, period: periodOf(loaded) } };
}

export interface SetPart {
  inspection: string;
  part: string;
  /** The new text; empty puts the part back to its default (a placeholder, or the generated list). */
  text: string;
  actor: ReportActor;
  at: string;
}

/** Stores a part written by the lead, with who and when, and appends the edit to the trail. */
export async function setReportPart(store: Store, input: SetPart): Promise<ReportResult<{ stored: PartText }>> {
  const allowed = may(input.actor.role, "edit_report");
  if (!allowed.ok) return fail("not_allowed", allowed.reason);
  const part = ReportPart.safeParse(input.part);
  if (!part.success) return fail("invalid", `"${input.part}" is not a part of the report; use one of ${ReportPart.options.join(", ")}.`);
  const text = input.text.replace(/\r\n?/g, "\n").trim();
  if (text.length > PART_MAX_CHARS)
    return fail("invalid", `${PART_TITLES[part.data]} is ${text.length} characters; a part may have at most ${PART_MAX_CHARS}.`);
  if (!(await store.getInspection(input.inspection))) return fail("not_found", `There is no inspection "${input.inspection}".`);
  const stored: PartText = { part: part.data, text, by: input.actor.user, at: input.at };
  // The trail first: if the second write fails, the edit is still on record and can be made again.
  await store.setValue(`${historyPrefix(input.inspection)}${part.data}:${input.at}:${randomUUID()}`, stored);
  await store.setValue(partKey(input.inspection, part.data), stored);
  return { ok: true, stored };
}

/** What the lead edits: each part's text as it stands; the areas requiring improvement start
 * from the generated list until someone rewrites it. Only leads may. */
export async function reportPartsToEdit(store: Store, inspection: string, actor: ReportActor): Promise<ReportResult<{ texts: Record<ReportPart, string> }>> {
  const allowed = may(actor.role, "edit_report");
  if (!allowed.ok) return fail("not_allowed", allowed.reason);
  const found = await reportInput(store, inspection, actor);
  if (!found.ok) return found;
  const { narrative } = found.input;
  const texts = Object.fromEntries(ReportPart.options.map((p) => [p, narrative[p]?.text ?? ""])) as Record<ReportPart, string>;
  if (!texts.improvements)
    texts.improvements = generatedImprovements(found.input)
      .map((i) => `- ${i}`)
      .join("\n");
  return { ok: true, texts };
}
