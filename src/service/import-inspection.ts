import { sameValue } from "../core/interview/interview.ts";
import type { Answer, AuditEntry, Case, Inspection } from "../core/records.ts";
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

/** Rows written per batch: one bulk read and one bulk write each. */
const BATCH = 500;

/** Writes checked rows. Only changed answers are written, each with an `import` audit entry,
 * so importing the same file twice changes nothing. Cells left empty keep what is stored.
 *
 * All or nothing, as far as anyone can see: the inspection is marked `importing` before the
 * first row is written and unmarked after the last, so an import stopped part-way (killed, or
 * the store gone) shows as incomplete (`inspections`, summaries and Slack refuse its figures),
 * and importing the same file again finishes it. `sha256` names the file in the mark. */
export async function importInspection(
  store: Store,
  input: {
    inspection: Omit<Inspection, "createdAt" | "createdBy">;
    rows: Iterable<ImportRow> | AsyncIterable<ImportRow>;
    by: string;
    at: string;
    sha256?: string;
  },
): Promise<ImportResult> {
  const existing = await store.getInspection(input.inspection.id);
  const { importing: _was, ...named }: Inspection = existing
    ? { ...existing, name: input.inspection.name || existing.name }
    : { ...input.inspection, createdAt: input.at, createdBy: input.by };
  // A new inspection (or one from before versions were kept) keeps the framework it starts with.
  const framework = named.frameworkVersion === undefined ? findFramework(named.framework) : undefined;
  const base = framework ? await pinFramework(store, named, framework) : named;
  const id = base.id;
  await store.saveInspection({ ...base, importing: { started: input.at, sha256: input.sha256 ?? "" } });
  // Refs are compared without regard to case: a row for d07 updates case D07. (Only the
  // cases stored before are kept here; the file's own refs were checked to be distinct.)
  const stored = new Map(existing ? (await store.listCases(id)).map((c) => [c.ref.toUpperCase(), c.ref]) : []);
  const result = { created: !existing, cases: 0, newCases: 0, answersWritten: 0 };
  let batch: ImportRow[] = [];
  const flush = async () => {
    const rows = batch.map((row) => ({ ...row, ref: stored.get(row.ref.toUpperCase()) ?? row.ref }));
    batch = [];
    const known = rows.filter((r) => stored.has(r.ref.toUpperCase())).map((r) => r.ref);
    const [cases, answers] = await Promise.all([store.getCases(id, known), Promise.all(known.map((ref) => store.getAnswers(id, ref)))]);
    const answersOf = new Map(known.map((ref, i) => [ref, answers[i]!]));
    const items = rows.map((row) => {
      const kase = cases.get(row.ref);
      const fresh = !kase || (row.manager !== undefined && kase.manager !== row.manager);
      const written: Case | undefined = fresh
        ? {
            ...(kase ?? { inspection: id, ref: row.ref, createdAt: input.at, createdBy: input.by, skipped: [], paused: false }),
            ...(row.manager ? { manager: row.manager } : {}),
          }
        : undefined;
      if (!kase) result.newCases++;
      const before = answersOf.get(row.ref) ?? {};
      const changed: Answer[] = [];
      const audit: AuditEntry[] = [];
      for (const a of row.answers) {
        const old = before[a.question];
        if (old && sameValue(old.value, a.value) && (old.note ?? "") === (a.note ?? "")) continue;
        changed.push({ question: a.question, value: a.value, by: input.by, at: input.at, ...(a.note ? { note: a.note } : {}) });
        audit.push({
          inspection: id,
          case: row.ref,
          question: a.question,
          action: "import",
          before: old?.value ?? null,
          after: a.value,
          by: input.by,
          at: input.at,
          ...(a.note ? { note: a.note } : {}),
        });
      }
      result.answersWritten += changed.length;
      return { ...(written ? { kase: written } : {}), ref: row.ref, answers: changed, audit };
    });
    await store.saveCaseBatch(id, items);
  };
  for await (const row of input.rows) {
    result.cases++;
    batch.push(row);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length) await flush();
  await store.saveInspection(base);
  return result;
}

/** Why an inspection's figures are not shown: an import of it was stopped part-way. */
export function incompleteReason(inspection: Inspection): string | undefined {
  if (!inspection.importing) return undefined;
  return `Inspection ${inspection.id} has an unfinished import (started ${inspection.importing.started}), so its figures would be wrong. Import the same file again to finish it (\`casecheck import FILE.csv --inspection ${inspection.id}\`), or delete the inspection.`;
}
