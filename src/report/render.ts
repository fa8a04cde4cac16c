import { buildReport } from "./build.ts";
import type { ReportInput } from "./document.ts";
import { reportDocx } from "./docx.ts";
import { reportHtml } from "./html.ts";
import { reportMarkdown } from "./markdown.ts";
import { reportPdf } from "./pdf.ts";

export const REPORT_FORMATS = ["md", "html", "pdf", "docx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_FILES: Record<ReportFormat, { extension: string; mime: string }> = {
  md: { extension: "md", mime: "text/markdown" },
  html: { extension: "html", mime: "text/html" },
  pdf: { extension: "pdf", mime: "application/pdf" },
  docx: { extension: "docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
};

/** The report in one format, as bytes ready to write or upload. */
export async function renderReport(input: ReportInput, format: ReportFormat): Promise<Buffer> {
  const doc = buildReport(input);
  switch (format) {
    case "md":
      return Buffer.from(reportMarkdown(doc));
    case "html":
      return Buffer.from(reportHtml(doc));
    case "pdf":
      return reportPdf(doc);
    case "docx":
      return reportDocx(doc);
    default:
      throw new Error(`unknown report format ${String(format)}`);
  }
}
