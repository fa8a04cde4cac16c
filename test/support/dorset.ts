import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { questionsOf } from "../../src/core/framework/define.ts";
import type { Framework } from "../../src/core/framework/schema.ts";
import { validateAnswer } from "../../src/core/interview/answers.ts";
import type { Answer, Inspection } from "../../src/core/records.ts";
import type { ScoredCase } from "../../src/core/scoring/score.ts";
import { parseAnswersCsv } from "../../src/service/csv-import.ts";
import { importInspection } from "../../src/service/import-inspection.ts";
import type { Store } from "../../src/store/store.ts";
import { sqsYouth2016 } from "./frameworks.ts";

/** When the Dorset answers were "imported": the last day of the fieldwork. */
export const IMPORTED_AT = "2016-09-14T17:00:00.000Z";

export const DORSET_CSV = new URL("../../fixtures/inspections/dorset-2016.csv", import.meta.url);

export const dorsetInspection: Inspection = {
  id: "dorset-2016",
  name: "Dorset Combined YOS, SQS September 2016",
  framework: sqsYouth2016.id,
  createdAt: IMPORTED_AT,
  createdBy: "import",
};

/** Reads a CSV of answers (DESIGN.md, CSV of answers) into cases for scoring. A test helper:
 * it throws on anything it does not understand rather than reporting it nicely. */
export function loadCasesCsv(framework: Framework, text: string): ScoredCase[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Array<Record<string, string>>;
  const questions = questionsOf(framework);
  return rows.map((row, i) => {
    const unknown = Object.keys(row).filter((k) => k !== "case_ref" && k !== "case_manager" && !questions.some((q) => q.id === k));
    if (unknown.length) throw new Error(`unknown columns: ${unknown.join(", ")}`);
    const answers: Record<string, Answer> = {};
    for (const q of questions) {
      const cell = row[q.id] ?? "";
      if (!cell) continue;
      const value = q.kind === "multi" ? cell.split(";").map((v) => v.trim()) : cell;
      const valid = validateAnswer(q, value);
      if (!valid.ok) throw new Error(`row ${i + 2}, ${q.id}: ${valid.error}`);
      answers[q.id] = { question: q.id, value, by: "import", at: IMPORTED_AT };
    }
    return { ref: row.case_ref!, ...(row.case_manager ? { manager: row.case_manager } : {}), answers };
  });
}

/** The 20 Dorset cases (fixtures/inspections/dorset-2016.csv). */
export function loadDorset(): ScoredCase[] {
  return loadCasesCsv(sqsYouth2016, readFileSync(DORSET_CSV, "utf8"));
}

/** Imports the Dorset fixture into a store as inspection dorset-2016, through the product's own
 * CSV reader and import (for end-to-end tests that need its answers). */
export async function importDorset(store: Store, at: string): Promise<void> {
  const parsed = parseAnswersCsv(sqsYouth2016, readFileSync(DORSET_CSV, "utf8"));
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  await importInspection(store, { inspection: { id: "dorset-2016", name: "", framework: sqsYouth2016.id }, rows: parsed.rows, by: "import", at });
}
