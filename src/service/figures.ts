import { visibleCases } from "../core/access.ts";
import { progressOf, type Progress } from "../core/interview/case-state.ts";
import type { Case } from "../core/records.ts";
import type { Summary } from "../core/summary/summary.ts";
import type { Section } from "../core/framework/schema.ts";
import type { Store } from "../store/store.ts";
import type { Here } from "./channel.ts";
import { loadInspection, summariseLoaded, type LoadedInspection } from "./inspections.ts";
import { fail, type Result } from "./result.ts";

/** A section named by its id ("rosh"), short name ("public") or a word of its title. */
export function findSection(framework: LoadedInspection["framework"], words: string): Section | undefined {
  const w = words.toLowerCase().trim();
  const sections = framework.sections.filter((s) => s.inSummary);
  return (
    sections.find((s) => s.id === w || s.short.toLowerCase() === w || s.title.toLowerCase() === w) ??
    sections.find((s) => s.title.toLowerCase().includes(w) || s.terms.some((t) => t.toLowerCase() === w))
  );
}

/** The summary of an inspection (or one section of it), for someone allowed to post it
 * (the caller checked `post_summary` with inspectionInChannel or the shell's role). */
export async function summaryOf(
  store: Store,
  inspection: string,
  sectionWords?: string,
): Promise<Result<{ summary: Summary; section?: Section; loaded: LoadedInspection }>> {
  const loaded = await loadInspection(store, inspection);
  if (!loaded.ok) return loaded;
  const section = sectionWords ? findSection(loaded.framework, sectionWords) : undefined;
  if (sectionWords && !section) {
    const names = loaded.framework.sections.filter((s) => s.inSummary).map((s) => `\`${s.short}\``);
    const choices = loaded.framework.sections.filter((s) => s.inSummary).map((s) => s.id);
    return fail("not_found", `There is no section “${sectionWords}”. Try one of ${names.join(", ")}.`, { choices });
  }
  return { ok: true, summary: summariseLoaded(loaded, section?.id), ...(section ? { section } : {}), loaded };
}

export interface CaseStatus {
  kase: Case;
  progress: Progress;
}

/** Progress of every case this person may see (a case manager, their own). */
export async function statusOf(store: Store, here: Here, user: string): Promise<Result<{ name: string; rows: CaseStatus[] }>> {
  if (!here.role) return fail("not_allowed", "You are not part of this inspection. Ask its lead inspector to add you (`/casecheck role @you inspector`).");
  const loaded = await loadInspection(store, here.inspection);
  if (!loaded.ok) return loaded;
  const rows = visibleCases(here.role, user, loaded.cases).map((kase) => ({
    kase,
    progress: progressOf(loaded.framework, loaded.scored.find((s) => s.ref === kase.ref)?.answers ?? {}),
  }));
  return { ok: true, name: loaded.inspection.name, rows };
}
