/** Spreadsheet formulas in CSV cells. A cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is run as a formula by Excel and its kin (CSV injection), so an exported
 * cell gets a leading `'`, which spreadsheets show as text. Import takes one `'` back off, so
 * the round trip is exact: a note that really starts `'=` goes out as `''=` and comes back. */
const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export const neutraliseFormula = (cell: string) => (FORMULA.test(cell) ? `'${cell}` : cell);

export const restoreFormula = (cell: string) => (NEUTRALISED.test(cell) ? cell.slice(1) : cell);

/** The field separator of a CSV file, read from its header line. Excel saves `;`-separated
 * files where the decimal separator is a comma; a header has no other reason to hold `;`. */
export function detectDelimiter(headerLine: string): "," | ";" {
  return !headerLine.includes(",") && headerLine.includes(";") ? ";" : ",";
}
