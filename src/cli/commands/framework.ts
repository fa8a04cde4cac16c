import { readFile } from "node:fs/promises";
import { z } from "zod";
import { frameworkOutline } from "../../core/framework/outline.ts";
import { Framework } from "../../core/framework/schema.ts";
import { formatProblem, parseFrameworkFile } from "../../frameworks/file.ts";
import { findFramework, listFrameworks } from "../../frameworks/index.ts";
import { parseCommand, required } from "../args.ts";
import { UsageError, type CliIo, type Command } from "../io.ts";

const USAGE = "casecheck framework check FILE.yaml | show ID | schema | from-sheet FILE.xlsx [--out FILE.yaml]";

/** `casecheck framework ...`: check a file, show one, print the JSON Schema, convert a workbook. */
export const frameworkCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  switch (sub) {
    case "check":
      return check(rest, io);
    case "show":
      return show(rest, io);
    case "schema":
      io.stdout(JSON.stringify(frameworkJsonSchema(), null, 2));
      return 0;
    case "from-sheet":
      return (await import("./from-sheet.ts")).fromSheet(rest, io);
    default:
      throw new UsageError([sub ? `"${sub}" is not a framework command` : "a framework command is required", `usage: ${USAGE}`]);
  }
};

async function check(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommand(args, {}, USAGE);
  const file = required(positionals[0], "FILE.yaml", USAGE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError([`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path`]);
  }
  const parsed = parseFrameworkFile(file, text);
  if (!parsed.ok) {
    parsed.problems.forEach((p) => io.stderr(formatProblem(p)));
    io.stderr(`${parsed.problems.length} problem${parsed.problems.length === 1 ? "" : "s"}; correct the file and check it again`);
    return 2;
  }
  const f = parsed.framework;
  io.stdout(
    `${file}: framework ${f.id} version ${f.version} is valid: ${f.sections.length} sections, ${f.sections.reduce((n, s) => n + s.questions.length, 0)} questions${f.standards.length ? `, ${f.standards.length} rated standards` : ""}.`,
  );
  return 0;
}

async function show(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommand(args, {}, USAGE);
  const id = required(positionals[0], "ID", USAGE);
  const framework = findFramework(id);
  if (!framework)
    throw new UsageError([
      `unknown framework "${id}"; known: ${listFrameworks()
        .map((k) => k.framework.id)
        .join(", ")}`,
    ]);
  io.stdout(frameworkOutline(framework));
  return 0;
}

/** The JSON Schema of a framework file, as an editor's YAML support reads it. */
export function frameworkJsonSchema() {
  return { ...z.toJSONSchema(Framework, { io: "input", unrepresentable: "any" }), title: "casecheck framework" };
}
