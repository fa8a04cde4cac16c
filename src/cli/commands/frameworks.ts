import { listFrameworks } from "../../frameworks/index.ts";
import { oneOf, parseCommand } from "../args.ts";
import type { Command } from "../io.ts";

/** `casecheck frameworks`: what inspections can be run with. */
export const frameworksCommand: Command = async (args, io) => {
  const { values } = parseCommand(args, { format: { type: "string" } }, "casecheck frameworks [--format text|json]");
  const format = oneOf(values.format, ["text", "json"] as const, "text", "--format");
  const rows = listFrameworks().map(({ framework: f, file }) => ({
    id: f.id,
    version: f.version,
    name: f.name,
    questions: f.sections.reduce((n, s) => n + s.questions.length, 0),
    rates: f.standards.length > 0 && !!f.rating,
    file,
  }));
  if (format === "json") io.stdout(JSON.stringify(rows, null, 2));
  else for (const r of rows) io.stdout(`${r.id}  version ${r.version}  ${r.name}  (${r.questions} questions${r.rates ? ", rates standards" : ""})`);
  return 0;
};
