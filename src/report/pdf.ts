import PDFDocument from "pdfkit";
import type { Block, DocSection, ReportDocument } from "./document.ts";
import { FONTS } from "./fonts.ts";
import { chartHeight, drawChart } from "./pdf-chart.ts";

type Pdf = PDFKit.PDFDocument;

const MARGIN = 56;
const BODY = 10.5;
const NAVY = "#1d3557";

const bottom = (pdf: Pdf) => pdf.page.height - pdf.page.margins.bottom;
const width = (pdf: Pdf) => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;

/** A new page when `height` would not fit on this one: pdfkit has no keep-with-next, so a
 * heading asks for room for itself and the start of what follows. */
function room(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function heading(pdf: Pdf, text: string, size: number): void {
  pdf.font("bold").fontSize(size);
  const h = pdf.heightOfString(text, { width: width(pdf) });
  room(pdf, h + 60);
  pdf
    .moveDown(0.6)
    .fillColor(NAVY)
    .text(text, pdf.page.margins.left, pdf.y, { width: width(pdf) })
    .fillColor("black")
    .moveDown(0.3);
}

function block(pdf: Pdf, b: Block): void {
  const left = pdf.page.margins.left;
  pdf.font("regular").fontSize(BODY);
  switch (b.kind) {
    case "paragraph": {
      const indent = b.number ? 36 : 0;
      const h = pdf.heightOfString(b.text, { width: width(pdf) - indent });
      room(pdf, Math.min(h, 40));
      const y = pdf.y;
      if (b.number) pdf.font("bold").text(b.number, left, y, { width: indent }).font("regular");
      pdf.text(b.text, left + indent, y, { width: width(pdf) - indent, lineGap: 1.5 });
      pdf.moveDown(0.5);
      break;
    }
    case "bullets":
      for (const item of b.items) {
        room(pdf, 28);
        const y = pdf.y;
        pdf.text("•", left + 6, y, { width: 12 });
        pdf.text(item, left + 20, y, { width: width(pdf) - 20, lineGap: 1.5 });
        pdf.moveDown(0.3);
      }
      pdf.moveDown(0.3);
      break;
    case "placeholder":
      pdf
        .font("italic")
        .fillColor("#666")
        .text(b.text, left, pdf.y, { width: width(pdf) })
        .fillColor("black")
        .moveDown(0.5);
      break;
    case "chart": {
      room(pdf, chartHeight(b.chart, width(pdf)) + 8);
      const y = pdf.y;
      const h = drawChart(pdf, b.chart, left, y, width(pdf));
      pdf.x = left;
      pdf.y = y + h + 8;
      break;
    }
    default:
      throw new Error(`unknown block ${(b as { kind: string }).kind}`);
  }
}

function section(pdf: Pdf, s: DocSection, level: number): void {
  heading(pdf, s.title, level === 2 ? 15 : 12.5);
  for (const b of s.blocks) block(pdf, b);
  for (const sub of s.subsections ?? []) section(pdf, sub, level + 1);
}

/** The report as an A4 PDF with the bundled fonts, page numbers and the draft marked on every page. */
export function reportPdf(doc: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: doc.title, Creator: "casecheck" },
  });
  pdf.registerFont("regular", FONTS.regular).registerFont("bold", FONTS.bold).registerFont("italic", FONTS.italic);
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  pdf
    .font("bold")
    .fontSize(18)
    .fillColor(NAVY)
    .text(doc.title, { width: width(pdf) })
    .fillColor("black")
    .moveDown(0.5);
  pdf.font("regular").fontSize(BODY).fillColor("#444");
  for (const line of doc.intro) pdf.text(line, { width: width(pdf) });
  pdf.fillColor("black");
  if (doc.warning)
    pdf
      .moveDown(0.5)
      .font("bold")
      .fillColor("#a0410f")
      .text(`Warning: ${doc.warning}`, { width: width(pdf) })
      .fillColor("black");
  for (const s of doc.sections) section(pdf, s, 2);
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Writing below the bottom margin would start a new page; lift the margin while the footer is drawn.
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font("regular")
      .fontSize(8.5)
      .fillColor("#666")
      .text(`Draft · page ${i + 1} of ${range.count}`, MARGIN, pdf.page.height - MARGIN / 2 - 6, { width: width(pdf), align: "center", lineBreak: false });
    pdf.page.margins.bottom = margin;
  }
  pdf.end();
  return done;
}
