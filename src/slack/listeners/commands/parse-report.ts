import type { ReportFormat } from "../../../report/render.ts";

export type ReportCommand = { kind: "report"; format: ReportFormat } | { kind: "report_edit" };

const FORMATS: readonly string[] = ["pdf", "docx", "md", "html"];

/** `/casecheck report [pdf|docx|md|html]` (PDF when none is named) and `/casecheck report edit`. */
export function parseReportCommand(rest: readonly string[]): { ok: true; command: ReportCommand } | { ok: false; error: string } {
  const word = (rest[0] ?? "pdf").toLowerCase();
  if (rest.length > 1) return { ok: false, error: "Use `/casecheck report [pdf|docx|md]`, or `/casecheck report edit` to write its narrative." };
  if (word === "edit") return { ok: true, command: { kind: "report_edit" } };
  if (word === "word") return { ok: true, command: { kind: "report", format: "docx" } };
  if (FORMATS.includes(word)) return { ok: true, command: { kind: "report", format: word as ReportFormat } };
  return { ok: false, error: `\`${rest[0]}\` is not a format of the report: use \`/casecheck report pdf\`, \`docx\` or \`md\` (or \`edit\`).` };
}
