import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { parse as parseStream, type Options } from "csv-parse";
import { parse } from "csv-parse/sync";
import { allowedValues, questionsOf } from "../core/framework/define.ts";
import type { Framework, Question } from "../core/framework/schema.ts";
import { formatValue, validateAnswer } from "../core/interview/answers.ts";
import { caseState } from "../core/interview/case-state.ts";
import { findQuestion } from "../core/interview/interview.ts";
import { CaseRef, type Answer } from "../core/records.ts";
import { detectDelimiter, restoreFormula } from "./csv-cells.ts";

/** One case as read from a CSV of answers (DESIGN.md, CSV of answers). */
export interface ImportRow {
  ref: string;
  manager?: string;
  answers: Array<{ question: string; value: Answer["value"]; note?: string }>;
}

export type Parsed = { ok: true; rows: ImportRow[] } | { ok: false; problems: string[] };

const FIXED = ["case_ref", "case_manager"];

const csvOptions = (delimiter: string): Options => ({ bom: true, skip_empty_lines: true, trim: true, relax_column_count: false, delimiter });

function notCsv(error: unknown): string {
  const e = error as Error & { lines?: number };
  return `line ${e.lines ?? "?"}: the file is not valid CSV (${e.message.replace(/^Invalid [^:]*: /, "")}). Check for an unclosed quote or a row with a different number of cells.`;
}

/** The header's columns, or every problem with it. */
function readHeader(framework: Framework, header: string[] | undefined): { ok: true; columns: string[] } | { ok: false; problems: string[] } {
  if (!header) return { ok: false, problems: ["the file is empty: it needs a header row starting case_ref"] };
  const problems: string[] = [];
  const columns = header.map((name) => name.trim());
  if (!columns.includes("case_ref")) {
    const hint = columns.length === 1 && /[\t|]/.test(columns[0]!) ? " (the columns seem separated by tabs or bars: save the file as CSV, with commas)" : "";
    problems.push(`header: there is no case_ref column${hint}`);
  }
  columns.forEach((name, i) => {
    const question = name.endsWith("#note") ? name.slice(0, -5) : name;
    if (!FIXED.includes(name) && !findQuestion(framework, question))
      problems.push(`header, column ${i + 1} (${name}): not a question of ${framework.id}; remove the column or correct its name`);
    if (columns.indexOf(name) !== i) problems.push(`header, column ${i + 1} (${name}): the column appears twice`);
  });
  return problems.length ? { ok: false, problems } : { ok: true, columns };
}

/** A cell's value as an answer: ids as the framework has them, or the labels people see on the
 * buttons ("Community", "Very high", "Not applicable"), in any case. */
function valueOf(question: Question, raw: string): Answer["value"] {
  const known = allowedValues(question);
  const one = (cell: string) => {
    const c = cell.toLowerCase();
    return known.find((v) => v.toLowerCase() === c || formatValue(question, v).toLowerCase() === c) ?? cell;
  };
  return question.kind === "multi"
    ? raw
        .split(";")
        .map((v) => v.trim())
        .filter(Boolean)
        .map(one)
    : one(raw);
}

/** Checks one body row. Which questions apply is worked out once, from the row's own answers,
 * as in the guided flow (it was once worked out again for every answer: 90 s of a large import). */
function readRow(framework: Framework, columns: string[], cells: string[], line: number, seen: Map<string, number>, problems: string[]): ImportRow | undefined {
  const at = new Map(columns.map((name, i) => [name, i]));
  const cell = (name: string) => restoreFormula(cells[at.get(name) ?? -1] ?? "");
  const ref = CaseRef.safeParse(cell("case_ref"));
  if (!ref.success) {
    problems.push(`row ${line}, case_ref: "${cell("case_ref")}" is not a case ref; ${ref.error.issues[0]!.message}`);
    return undefined;
  }
  // Refs are compared without regard to case: D07 and d07 are one case.
  const key = ref.data.toUpperCase();
  if (seen.has(key))
    problems.push(`row ${line}, case_ref: ${ref.data} is already on row ${seen.get(key)}; each case has one row (case refs are the same whatever their case)`);
  else seen.set(key, line);
  const row: ImportRow = { ref: ref.data, answers: [], ...(cell("case_manager") ? { manager: cell("case_manager") } : {}) };
  const before = problems.length;
  for (const question of questionsOf(framework)) {
    const raw = cell(question.id);
    const note = cell(`${question.id}#note`);
    if (!raw) {
      if (note) problems.push(`row ${line}, ${question.id}#note: a note needs an answer in ${question.id}`);
      continue;
    }
    const value = valueOf(question, raw);
    const valid = validateAnswer(question, value);
    if (!valid.ok) problems.push(`row ${line}, ${question.id}: "${raw}" ${valid.error}`);
    else row.answers.push({ question: question.id, value, ...(note ? { note } : {}) });
  }
  const stored = Object.fromEntries(row.answers.map((a) => [a.question, { ...a, by: "", at: "" }]));
  const { states } = caseState(framework, stored);
  for (const a of row.answers)
    if (states.get(a.question) !== "answered")
      problems.push(
        `row ${line}, ${a.question}: answered, but the question does not apply to this case (${conditionText(framework, a.question)}); leave the cell empty`,
      );
  return problems.length === before ? row : undefined;
}

/** Reads and checks every cell before anything is written; reports every problem with its
 * row (as a spreadsheet numbers it, header = 1) and column. For files already in memory. */
export function parseAnswersCsv(framework: Framework, text: string): Parsed {
  let records: string[][];
  try {
    records = parse(text, csvOptions(detectDelimiter(text.split(/\r?\n/, 1)[0] ?? "")));
  } catch (error) {
    return { ok: false, problems: [notCsv(error)] };
  }
  const [header, ...body] = records;
  const head = readHeader(framework, header);
  if (!head.ok) return head;
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const rows = body.flatMap((cells, i) => readRow(framework, head.columns, cells, i + 2, seen, problems) ?? []);
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

/** How many problems a check lists before it stops: enough to correct a file by. */
const MAX_PROBLEMS = 200;

export type Checked = { ok: true; rows: number; sha256: string } | { ok: false; problems: string[] };

/** A CSV file streamed from `open()`: rows are read one at a time, so memory does not grow
 * with the file. `check` reads it all and reports every problem; `rows` reads it again for
 * writing, once it is known to be good. */
export function answersFile(framework: Framework, open: () => Readable) {
  async function* records(hash?: ReturnType<typeof createHash>): AsyncGenerator<string[]> {
    const chunks = (open() as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
    const next = async () => {
      const { done, value } = await chunks.next();
      if (done) return undefined;
      const text = typeof value === "string" ? value : value.toString("utf8");
      hash?.update(text);
      return text;
    };
    // The header line decides the delimiter, so the parser starts once it has been read.
    let head = "";
    for (let text = await next(); text !== undefined; text = await next()) {
      head += text;
      if (/\n/.test(head) || head.length > 65_536) break;
    }
    const parser = parseStream(csvOptions(detectDelimiter(head.split(/\r?\n/, 1)[0] ?? "")));
    const writer = (async () => {
      try {
        parser.write(head);
        for (let text = await next(); text !== undefined; text = await next()) if (!parser.write(text)) await new Promise((r) => parser.once("drain", r));
        parser.end();
      } catch (error) {
        parser.destroy(error as Error);
      }
    })();
    yield* parser as AsyncIterable<string[]>;
    await writer;
  }

  return {
    async check(): Promise<Checked> {
      const hash = createHash("sha256");
      const problems: string[] = [];
      const seen = new Map<string, number>();
      let columns: string[] | undefined;
      let line = 1;
      try {
        for await (const cells of records(hash)) {
          if (!columns) {
            const head = readHeader(framework, cells);
            if (!head.ok) return head;
            columns = head.columns;
            continue;
          }
          readRow(framework, columns, cells, ++line, seen, problems);
          if (problems.length >= MAX_PROBLEMS) return { ok: false, problems: [...problems, `…and more: the check stopped at row ${line}`] };
        }
      } catch (error) {
        return { ok: false, problems: [...problems, notCsv(error)] };
      }
      if (!columns) return readHeader(framework, undefined) as Checked;
      return problems.length ? { ok: false, problems } : { ok: true, rows: line - 1, sha256: hash.digest("hex") };
    },
    /** The rows of a file `check` found good. */
    async *rows(): AsyncGenerator<ImportRow> {
      let columns: string[] | undefined;
      let line = 1;
      for await (const cells of records()) {
        if (!columns) {
          columns = cells.map((c) => c.trim());
          continue;
        }
        const problems: string[] = [];
        const row = readRow(framework, columns, cells, ++line, new Map(), problems);
        if (!row) throw new Error(`the file changed after it was checked (row ${line}: ${problems[0]})`);
        yield row;
      }
    },
  };
}

function conditionText(framework: Framework, questionId: string): string {
  const q = findQuestion(framework, questionId)!;
  return `it applies when ${q.applies.map((c) => (c.in ? `${c.question} is ${c.in.join(" or ")}` : `${c.question} is answered`)).join(" and ")}`;
}
