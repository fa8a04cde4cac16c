import type { Framework } from "../framework/schema.ts";
import { allRows, tabulate, type CaseTable, type ScoredCase } from "./table.ts";

/** Restricts a figure to some cases: by answers to the framework's filter questions
 * (sentence type, RoSH level), by case manager, or by case ref. */
export interface CaseFilter {
  answers?: Record<string, string[]>;
  managers?: string[];
  cases?: string[];
}

/** What to split a figure by: a filter question's id, or `case_manager`. */
export type GroupBy = string;

/** The rows of a table that pass a filter, in table order. */
export function selectRows(table: CaseTable, filter: CaseFilter = {}, rows: Int32Array = allRows(table)): Int32Array {
  const refs = filter.cases?.length ? new Set(filter.cases.map((r) => r.toUpperCase())) : undefined;
  const managers = filter.managers?.length ? new Set(filter.managers) : undefined;
  // Each wanted answer becomes a column and a mask of the allowed values' bits.
  const wanted = Object.entries(filter.answers ?? {})
    .filter(([, values]) => values.length)
    .map(([id, values]) => {
      const q = table.compiled.index.get(id);
      const bits = q === undefined ? undefined : table.compiled.bits[q]!;
      return { column: q === undefined ? undefined : table.effective[q]!, mask: values.reduce((m, v) => m | (bits?.get(v) ?? 0), 0) };
    });
  return rows.filter((row) => {
    if (refs && !refs.has(table.refs[row]!.toUpperCase())) return false;
    if (managers && !managers.has(table.managers[row] ?? "")) return false;
    return wanted.every((w) => w.column !== undefined && (w.column[row]! & w.mask) !== 0);
  });
}

export interface RowGroup {
  key: string;
  label: string;
  rows: Int32Array;
}

/** Splits rows into groups in a stable order (the framework's option order, then names). */
export function groupRows(table: CaseTable, by: GroupBy, rows: Int32Array = allRows(table)): RowGroup[] {
  if (by === "case_manager") {
    const managerOf = (row: number) => table.managers[row] ?? "unassigned";
    const keys = [...new Set(Array.from(rows, managerOf))].sort();
    return keys.map((key) => ({ key, label: key, rows: rows.filter((row) => managerOf(row) === key) }));
  }
  const q = table.compiled.index.get(by);
  if (q === undefined) return [];
  const column = table.effective[q]!;
  const bits = table.compiled.bits[q]!;
  const groups = table.compiled.questions[q]!.options.map((o) => ({
    key: o.id,
    label: o.label,
    rows: rows.filter((row) => (column[row]! & bits.get(o.id)!) !== 0),
  }));
  const unanswered = rows.filter((row) => column[row] === 0);
  if (unanswered.length) groups.push({ key: "unanswered", label: "Not recorded", rows: unanswered });
  return groups.filter((g) => g.rows.length > 0);
}

/** The same, for a plain list of cases. */
export function filterCases(framework: Framework, cases: readonly ScoredCase[], filter: CaseFilter = {}): ScoredCase[] {
  return Array.from(selectRows(tabulate(framework, cases), filter), (row) => cases[row]!);
}

export interface Group {
  key: string;
  label: string;
  cases: ScoredCase[];
}

export function groupCases(framework: Framework, cases: readonly ScoredCase[], by: GroupBy): Group[] {
  return groupRows(tabulate(framework, cases), by).map((g) => ({ key: g.key, label: g.label, cases: Array.from(g.rows, (row) => cases[row]!) }));
}
