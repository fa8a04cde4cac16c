import type ExcelJS from "exceljs";
import { stringify } from "yaml";
import { checkFramework } from "../core/framework/define.ts";
import type { FrameworkInput } from "../core/framework/schema.ts";
import { list, rowsOf, type SheetRow } from "./sheet-rows.ts";

/** Where a part of the framework came from, so a problem found later names its cell. */
interface Origin {
  path: Array<string | number>;
  at: SheetRow;
}

export type FromSheet = { ok: true; yaml: string } | { ok: false; problems: string[] };

/** The bands a workbook gets when it has no `bands` sheet: the inspectorate's (DESIGN.md). */
const DEFAULT_BANDS = [
  ["quantifier", "none", undefined, 0],
  ["quantifier", "all", 100],
  ["quantifier", "a large majority", 80],
  ["quantifier", "a reasonable majority", 65],
  ["quantifier", "too few", 50],
  ["quantifier", "a minority", 0],
  ["rating", "Outstanding", 80, undefined, 3],
  ["rating", "Good", 65, undefined, 2],
  ["rating", "Requires improvement", 50, undefined, 1],
  ["rating", "Inadequate", 0, undefined, 0],
] as const;

/** A workbook in the manner of XLSForm (sheets `settings`, `sections`, `questions`, `options`,
 * `standards`, and optionally `bands`) as a framework file, or every problem by sheet, row and column. */
export function frameworkFromWorkbook(workbook: ExcelJS.Workbook): FromSheet {
  const problems: string[] = [];
  const origins: Origin[] = [];
  const at = (r: SheetRow, column: string) => `sheet ${r.sheet}, row ${r.row}, column ${r.letter(column)} (${column})`;
  const sheet = (name: string, required = true) => {
    const found = workbook.getWorksheet(name);
    if (!found && required) problems.push(`workbook: there is no sheet named "${name}"; add it with a header row`);
    return found ? rowsOf(found) : [];
  };
  const number = (r: SheetRow, column: string) => {
    const text = r.get(column);
    if (text === undefined) return undefined;
    const n = Number(text);
    if (Number.isNaN(n)) problems.push(`${at(r, column)}: "${text}" is not a number`);
    return Number.isNaN(n) ? undefined : n;
  };
  const yes = (text: string | undefined) => (text === undefined ? undefined : /^(yes|true|1|y)$/i.test(text));

  const [settings] = sheet("settings");
  const input: Record<string, unknown> = {};
  if (settings) {
    origins.push({ path: [], at: settings });
    Object.assign(input, {
      id: settings.get("id"),
      version: settings.get("version") ?? 1,
      name: settings.get("name"),
      ...(settings.get("description") ? { description: settings.get("description") } : {}),
      ...(settings.get("filters") ? { filters: list(settings.get("filters")) } : {}),
      ...(settings.get("improvement_below") ? { improvementBelow: number(settings, "improvement_below") } : {}),
    });
    const version = Number(input.version);
    if (!Number.isNaN(version)) input.version = version;
  }

  const sections: Array<Record<string, unknown> & { questions: Array<Record<string, unknown>> }> = [];
  for (const r of sheet("sections")) {
    origins.push({ path: ["sections", sections.length], at: r });
    sections.push({
      id: r.get("id"),
      title: r.get("title"),
      short: r.get("short") ?? r.get("title"),
      ...(r.get("in_summary") !== undefined ? { inSummary: yes(r.get("in_summary")) } : {}),
      ...(r.get("terms") ? { terms: list(r.get("terms")) } : {}),
      questions: [],
    });
  }
  const questionAt = new Map<string, Record<string, unknown> & { options?: unknown[] }>();
  for (const r of sheet("questions")) {
    const s = sections.findIndex((x) => x.id === r.get("section"));
    if (s < 0) {
      problems.push(`${at(r, "section")}: "${r.get("section") ?? ""}" is not a section in the sections sheet`);
      continue;
    }
    const applies = list(r.get("applies")).map((c) => {
      const m = c.match(/^([\w.]+)\s*(?:=\s*(.+)|(answered))$/);
      if (!m) problems.push(`${at(r, "applies")}: "${c}" is not a condition; write question = value (or value|value), or question answered`);
      return m?.[3] ? { question: m[1], answered: true } : { question: m?.[1], in: (m?.[2] ?? "").split("|").map((v) => v.trim()) };
    });
    const q: Record<string, unknown> & { options?: unknown[] } = {
      id: r.get("id"),
      kind: r.get("kind"),
      audience: r.get("audience"),
      text: r.get("text"),
      ...(r.get("hint") ? { hint: r.get("hint") } : {}),
      phrase: r.get("phrase"),
      ...(r.get("population") ? { population: r.get("population") } : {}),
      ...(r.get("terms") ? { terms: list(r.get("terms")) } : {}),
      ...(applies.length ? { applies } : {}),
    };
    origins.push({ path: ["sections", s, "questions", sections[s]!.questions.length], at: r });
    sections[s]!.questions.push(q);
    questionAt.set(String(q.id), q);
  }
  for (const r of sheet("options")) {
    const q = questionAt.get(r.get("question") ?? "");
    if (!q) {
      problems.push(`${at(r, "question")}: "${r.get("question") ?? ""}" is not a question in the questions sheet`);
      continue;
    }
    const s = sections.findIndex((x) => x.questions.includes(q));
    origins.push({ path: ["sections", s, "questions", sections[s]!.questions.indexOf(q), "options", (q.options ??= []).length], at: r });
    q.options.push({
      id: r.get("id"),
      label: r.get("label"),
      ...(r.get("phrase") ? { phrase: r.get("phrase") } : {}),
      ...(r.get("terms") ? { terms: list(r.get("terms")) } : {}),
      ...(yes(r.get("positive")) ? { positive: true } : {}),
    });
  }
  input.sections = sections;

  const standards = sheet("standards").map((r, i) => {
    origins.push({ path: ["standards", i], at: r });
    const keyQuestions = list(r.get("key_questions")).map((k) => {
      const m = k.match(/^([\w.]+)\s*(?:\((.+)\))?$/);
      return m?.[2] ? { metric: m[1], label: m[2].trim() } : (m?.[1] ?? k);
    });
    return { id: r.get("id"), title: r.get("title"), keyQuestions, ...(r.get("terms") ? { terms: list(r.get("terms")) } : {}) };
  });
  if (standards.length) input.standards = standards;

  const bandRows = sheet("bands", false);
  const quantifiers: unknown[] = [];
  const bands: unknown[] = [];
  const overall: unknown[] = [];
  if (bandRows.length)
    for (const r of bandRows) {
      const type = r.get("type");
      const band = { word: r.get("word"), ...(r.get("min") ? { min: number(r, "min") } : {}), ...(r.get("max") ? { max: number(r, "max") } : {}) };
      if (type === "quantifier") origins.push({ path: ["quantifiers", quantifiers.push(band) - 1], at: r });
      else if (type === "rating") origins.push({ path: ["rating", "bands", bands.push({ ...band, points: number(r, "points") }) - 1], at: r });
      else if (type === "overall") origins.push({ path: ["rating", "overall", overall.push(band) - 1], at: r });
      else problems.push(`${at(r, "type")}: "${type ?? ""}" is not a type of band; use quantifier, rating or overall`);
    }
  else
    for (const [type, word, min, max, points] of DEFAULT_BANDS)
      (type === "quantifier" ? quantifiers : bands).push({
        word,
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(points !== undefined ? { points } : {}),
      });
  input.quantifiers = quantifiers;
  if (standards.length) {
    // Without overall bands, the published ones (of 36 points) as shares of the possible points.
    const shares = [
      ["Outstanding", 86.1],
      ["Good", 52.7],
      ["Requires improvement", 19.4],
      ["Inadequate", 0],
    ] as const;
    input.rating = {
      bands,
      overallOn: settings?.get("overall_on") ?? (overall.length ? "points" : "share"),
      overall: overall.length ? overall : shares.map(([word, min]) => ({ word, min })),
    };
  }
  if (problems.length) return { ok: false, problems };

  const checked = checkFramework(input);
  if (!checked.ok)
    return {
      ok: false,
      problems: checked.problems.map((p) => {
        const origin = origins.filter((o) => o.path.every((seg, i) => p.path[i] === seg)).sort((a, b) => b.path.length - a.path.length)[0];
        if (!origin) return `workbook: ${p.id ? `${p.id}: ` : ""}${p.message} (${p.code})`;
        const field = String(p.path[origin.path.length] ?? "id");
        const column = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
        return `${at(origin.at, column)}: ${p.id ? `${p.id}: ` : ""}${p.message} (${p.code})`;
      }),
    };
  const yamlText = stringify(input as FrameworkInput, { lineWidth: 0 });
  return {
    ok: true,
    yaml: `# yaml-language-server: $schema=./framework.schema.json\n# Made by casecheck framework from-sheet; edit the workbook or this file, then run casecheck framework check.\n${yamlText}`,
  };
}
