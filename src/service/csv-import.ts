import { parse } from "csv-parse/sync";
import { caseState } from "../core/interview/case-state.ts";
import { validateAnswer } from "../core/interview/answers.ts";
import { findQuestion } from "../core/interview/interview.ts";
import { questionsOf } from "../core/framework/define.ts";
import type { Framework } from "../core/framework/schema.ts";
import { CaseRef, type Answer } from "../core/records.ts";

/** One case as read from a CSV of answers (DESIGN.md, CSV of answers). */
export interface ImportRow {
  ref: string;
  manager?: string;
  answers: Array<{ question: string; value: Answer["value"]; note?: string }>;
}

export type Parsed = { ok: true; rows: ImportRow[] } | { ok: false; problems: string[] };

const FIXED = ["case_ref", "case_manager"];

/** Reads and checks every cell before anything is written; reports every problem with its
 * row (as a spreadsheet numbers it, header = 1) and column. */
export function parseAnswersCsv(framework: Framework, text: string): Parsed {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    const e = error as Error & { lines?: number };
    return { ok: false, problems: [`line ${e.lines ?? "?"}: the file is not valid CSV (${e.message.replace(/^Invalid [^:]*: /, "")}). Check for an unclosed quote or a row with a different number of cells.`] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, problems: ["the file is empty: it needs a header row starting case_ref"] };
  const problems: string[] = [];
  const columns = header.map((name) => name.trim());
  if (!columns.includes("case_ref")) problems.push("header: there is no case_ref column");
  columns.forEach((name, i) => {
    const question = name.endsWith("#note") ? name.slice(0, -5) : name;
    if (!FIXED.includes(name) && !findQuestion(framework, question))
      problems.push(`header, column ${i + 1} (${name}): not a question of ${framework.id}; remove the column or correct its name`);
    if (columns.indexOf(name) !== i) problems.push(`header, column ${i + 1} (${name}): the column appears twice`);
  });
  if (problems.length) return { ok: false, problems };

  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const line = index + 2;
    const cell = (name: string) => cells[columns.indexOf(name)] ?? "";
    const ref = CaseRef.safeParse(cell("case_ref"));
    if (!ref.success) {
      problems.push(`row ${line}, case_ref: "${cell("case_ref")}" is not a case ref; ${ref.error.issues[0]!.message}`);
      return;
    }
    if (seen.has(ref.data.toUpperCase())) problems.push(`row ${line}, case_ref: ${ref.data} is already on row ${seen.get(ref.data.toUpperCase())}; each case has one row`);
    seen.set(ref.data.toUpperCase(), line);
    const row: ImportRow = { ref: ref.data, answers: [], ...(cell("case_manager") ? { manager: cell("case_manager") } : {}) };
    for (const question of questionsOf(framework)) {
      const raw = cell(question.id);
      const note = cell(`${question.id}#note`);
      if (!raw) {
        if (note) problems.push(`row ${line}, ${question.id}#note: a note needs an answer in ${question.id}`);
        continue;
      }
      const value = question.kind === "multi" ? raw.split(";").map((v) => v.trim()).filter(Boolean) : raw;
      const valid = validateAnswer(question, value);
      if (!valid.ok) problems.push(`row ${line}, ${question.id}: "${raw}" ${valid.error}`);
      else row.answers.push({ question: question.id, value, ...(note ? { note } : {}) });
    }
    // Applicability is decided by the row's own answers, as in the guided flow.
    const stored = Object.fromEntries(row.answers.map((a) => [a.question, { ...a, by: "", at: "" }]));
    for (const a of row.answers) {
      const state = caseState(framework, stored).states.get(a.question);
      if (state !== "answered") problems.push(`row ${line}, ${a.question}: answered, but the question does not apply to this case (${conditionText(framework, a.question)}); leave the cell empty`);
    }
    rows.push(row);
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

function conditionText(framework: Framework, questionId: string): string {
  const q = findQuestion(framework, questionId)!;
  return `it applies when ${q.applies.map((c) => (c.in ? `${c.question} is ${c.in.join(" or ")}` : `${c.question} is answered`)).join(" and ")}`;
}
