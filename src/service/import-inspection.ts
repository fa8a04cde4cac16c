import { sameValue } from "../core/interview/interview.ts";
import type { Answer, AuditEntry, Inspection } from "../core/records.ts";
import { findFramework } from "../frameworks/index.ts";
import type { Store } from "../store/store.ts";
import { pinFramework } from "./framework-version.ts";
import type { ImportRow } from "./csv-import.ts";

export interface ImportResult {
  created: boolean;
  cases: number;
  newCases: number;
  answersWritten: number;
}

/** Writes checked rows. Only changed answers are written, each with an `import` audit entry,
 * so importing the same file twice changes nothing. Cells left empty keep what is stored. */
export async function importInspection(
  store: Store,
  input: { inspection: Omit<Inspection, "createdAt" | "createdBy">; rows: ImportRow[]; by: string; at: string },
): Promise<ImportResult> {
  const existing = await store.getInspection(input.inspection.id);
  let inspection: Inspection = existing
    ? { ...existing, name: input.inspection.name || existing.name }
    : { ...input.inspection, createdAt: input.at, createdBy: input.by };
  // A new inspection (or one from before versions were kept) keeps the framework it starts with.
  const framework = inspection.frameworkVersion === undefined ? findFramework(inspection.framework) : undefined;
  if (framework) inspection = await pinFramework(store, inspection, framework);
  // The inspection first: if the store fails part-way, the import can simply be run again.
  await store.saveInspection(inspection);
  let newCases = 0;
  let answersWritten = 0;
  for (const row of input.rows) {
    const kase = await store.getCase(inspection.id, row.ref);
    if (!kase) newCases++;
    if (!kase || (row.manager && kase.manager !== row.manager))
      await store.saveCase({
        ...(kase ?? { inspection: inspection.id, ref: row.ref, createdAt: input.at, createdBy: input.by, skipped: [], paused: false }),
        ...(row.manager ? { manager: row.manager } : {}),
      });
    const stored = kase ? await store.getAnswers(inspection.id, row.ref) : {};
    const answers: Answer[] = [];
    const audit: AuditEntry[] = [];
    for (const a of row.answers) {
      const before = stored[a.question];
      if (before && sameValue(before.value, a.value) && (before.note ?? "") === (a.note ?? "")) continue;
      answers.push({ question: a.question, value: a.value, by: input.by, at: input.at, ...(a.note ? { note: a.note } : {}) });
      audit.push({
        inspection: inspection.id, case: row.ref, question: a.question, action: "import",
        before: before?.value ?? null, after: a.value, by: input.by, at: input.at, ...(a.note ? { note: a.note } : {}),
      });
    }
    // One write per case: a case's answers and their audit entries land together.
    if (answers.length) await store.saveAnswers(inspection.id, row.ref, answers, audit);
    answersWritten += answers.length;
  }
  return { created: !existing, cases: input.rows.length, newCases, answersWritten };
}
