import type ExcelJS from "exceljs";

/** One row of a sheet as text by header, with where each cell is, for located problems. */
export interface SheetRow {
  sheet: string;
  row: number;
  get(column: string): string | undefined;
  /** The column letter of a header, or of the first column when the sheet has no such header. */
  letter(column: string): string;
}

/** A cell's value as trimmed text: rich text and formulas read as what they show. */
function textOf(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "object") {
    if ("richText" in value)
      return (
        value.richText
          .map((r) => r.text)
          .join("")
          .trim() || undefined
      );
    if ("result" in value) return value.result === undefined ? undefined : String(value.result).trim() || undefined;
    if ("text" in value) return String(value.text).trim() || undefined;
    if (value instanceof Date) return value.toISOString();
  }
  return String(value).trim() || undefined;
}

/** The rows of a sheet below its header row, skipping empty ones. Headers are matched without
 * regard to case, spaces or underscores ("Key questions" = "key_questions"). */
export function rowsOf(sheet: ExcelJS.Worksheet): SheetRow[] {
  const key = (h: string) => h.toLowerCase().replace(/[\s_]+/g, "");
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const h = textOf(cell.value);
    if (h) headers.set(key(h), col);
  });
  const rows: SheetRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    rows.push({
      sheet: sheet.name,
      row: r,
      get: (column) => {
        const col = headers.get(key(column));
        return col === undefined ? undefined : textOf(row.getCell(col).value);
      },
      letter: (column) => sheet.getColumn(headers.get(key(column)) ?? 1).letter,
    });
  }
  return rows;
}

/** `a; b ; c` as a list. */
export const list = (text: string | undefined): string[] =>
  text
    ? text
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
