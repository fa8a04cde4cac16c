import { LineCounter, parseDocument } from "yaml";
import { checkFramework } from "../core/framework/define.ts";
import type { ProblemCode } from "../core/framework/problems.ts";
import type { Framework } from "../core/framework/schema.ts";
import { locate } from "./locate.ts";

/** A problem in a framework file, placed in it. */
export interface FileProblem {
  file: string;
  line: number;
  col: number;
  code: ProblemCode | "yaml";
  id?: string;
  message: string;
}

export type ParsedFile = { ok: true; framework: Framework } | { ok: false; problems: FileProblem[] };

/** Reads a framework file's text: YAML syntax first, then the schema and the references, every
 * problem at once with its line and column. */
export function parseFrameworkFile(file: string, text: string): ParsedFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length)
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const at = e.linePos?.[0] ?? { line: 1, col: 1 };
        return { file, line: at.line, col: at.col, code: "yaml", message: `YAML: ${e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}` };
      }),
    };
  const checked = checkFramework(doc.toJS());
  if (checked.ok) return checked;
  return {
    ok: false,
    problems: checked.problems.map((p) => ({ file, ...locate(doc, lines, p.path), code: p.code, id: p.id, message: p.message })),
  };
}

/** `file:line:col: id: message (code)`, the way compilers and editors expect. */
export function formatProblem(p: FileProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.id ? `${p.id}: ` : ""}${p.message} (${p.code})`;
}
