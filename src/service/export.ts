import { stringify } from "csv-stringify/sync";
import { questionsOf } from "../core/framework/define.ts";
import type { AuditEntry } from "../core/records.ts";
import { neutraliseFormula } from "./csv-cells.ts";
import type { LoadedInspection } from "./inspections.ts";
import type { ReportTrail } from "./report.ts";

/** The answers as a CSV that `import` reads back: a column per question and per note. */
export function exportCsv(loaded: LoadedInspection): string {
  const questions = questionsOf(loaded.framework);
  const header = ["case_ref", "case_manager", ...questions.map((q) => q.id), ...questions.map((q) => `${q.id}#note`)];
  const rows = loaded.scored.map((c) => [
    c.ref,
    c.manager ?? "",
    ...questions.map((q) => {
      const v = c.answers[q.id]?.value;
      return v === undefined ? "" : Array.isArray(v) ? v.join(";") : v;
    }),
    ...questions.map((q) => c.answers[q.id]?.note ?? ""),
  ]);
  // Only note columns that hold something, so the file stays readable.
  const used = header.map((h, i) => !h.endsWith("#note") || rows.some((r) => r[i]));
  // Notes and case managers are typed by people: a cell that a spreadsheet would run as a
  // formula is written as text (and read back unchanged by import).
  return stringify([header, ...rows].map((r) => r.filter((_, i) => used[i]).map(neutraliseFormula)));
}

/** Everything stored for an inspection: answers with who and when, notes, and the audit trail;
 * with `report`, the report's narrative parts and every edit of them. */
export function exportJson(loaded: LoadedInspection, audit: AuditEntry[], report?: ReportTrail) {
  return {
    inspection: loaded.inspection,
    cases: loaded.cases.map((kase) => ({
      ref: kase.ref,
      manager: kase.manager ?? null,
      answers: Object.values(loaded.scored.find((s) => s.ref === kase.ref)?.answers ?? {}),
      audit: audit.filter((e) => e.case === kase.ref),
    })),
    ...(report ? { report } : {}),
  };
}
