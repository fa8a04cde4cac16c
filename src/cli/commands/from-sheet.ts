import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { frameworkFromWorkbook } from "../../frameworks/from-sheet.ts";
import { parseCommand, required } from "../args.ts";
import { UsageError, type Command } from "../io.ts";

const USAGE = "casecheck framework from-sheet FILE.xlsx [--out FILE.yaml]";

/** `casecheck framework from-sheet`: a workbook in the manner of XLSForm as a framework file. */
export const fromSheet: Command = async (args, io) => {
  const { values, positionals } = parseCommand(args, { out: { type: "string" } }, USAGE);
  const file = required(positionals[0], "FILE.xlsx", USAGE);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new UsageError([
      `${file}: cannot be read as an .xlsx workbook (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); save it as Excel .xlsx`,
    ]);
  }
  const made = frameworkFromWorkbook(workbook);
  if (!made.ok)
    throw new UsageError([...made.problems.map((p) => `${file}: ${p}`), "no framework file was written; correct the workbook and run from-sheet again"]);
  if (values.out) {
    await writeFile(values.out, made.yaml);
    io.stdout(`Wrote ${values.out}. Check it with: casecheck framework check ${values.out}`);
  } else io.stdout(made.yaml);
  return 0;
};
