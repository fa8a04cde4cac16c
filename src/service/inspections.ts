import type { Framework } from "../core/framework/schema.ts";
import type { Case, Inspection } from "../core/records.ts";
import type { ScoredCase } from "../core/scoring/score.ts";
import { summarise, type Summary } from "../core/summary/summary.ts";
import type { Store } from "../store/store.ts";
import { frameworkOf } from "./framework-version.ts";
import { incompleteReason } from "./import-inspection.ts";
import { fail, type Result } from "./result.ts";

export type { Result } from "./result.ts";

export interface LoadedInspection {
  inspection: Inspection;
  framework: Framework;
  /** Set when the inspection is scored by an earlier version than the file now holds. */
  frameworkNote?: string;
  cases: Case[];
  /** Every case with everything stored for it, ready for scoring. */
  scored: ScoredCase[];
}

export async function loadInspection(store: Store, id: string): Promise<Result<LoadedInspection>> {
  const inspection = await store.getInspection(id);
  if (!inspection) {
    const known = (await store.listInspections()).map((i) => i.id);
    return fail(
      "not_found",
      `There is no inspection "${id}".${known.length ? ` Known inspections: ${known.join(", ")}.` : " Import one or start one with `new`."}`,
    );
  }
  const incomplete = incompleteReason(inspection);
  if (incomplete) return fail("invalid", incomplete);
  const found = await frameworkOf(store, inspection);
  if (!found.ok) return found;
  const { framework, note } = found;
  const [cases, answers] = await Promise.all([store.listCases(id), store.listAnswers(id)]);
  cases.sort((a, b) => a.ref.localeCompare(b.ref, "en", { numeric: true }));
  const scored = cases.map((c) => ({ ref: c.ref, manager: c.manager, answers: answers.get(c.ref) ?? {} }));
  return { ok: true, inspection, framework, ...(note ? { frameworkNote: note } : {}), cases, scored };
}

/** The summary of a loaded inspection, saying so when it is scored by an earlier framework version. */
export function summariseLoaded(loaded: LoadedInspection, section?: string): Summary {
  const summary = summarise(loaded.framework, loaded.inspection, loaded.scored, section);
  return loaded.frameworkNote ? { ...summary, frameworkNote: loaded.frameworkNote } : summary;
}
