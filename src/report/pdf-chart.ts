import { chartLayout } from "./chart-layout.ts";
import type { ChartData } from "./document.ts";

/** Draws a chart's shapes as vectors at (x, y), `width` points wide; returns its height. Vectors
 * stay sharp at any zoom and keep the PDF small. */
export function drawChart(pdf: PDFKit.PDFDocument, chart: ChartData, x: number, y: number, width: number): number {
  const layout = chartLayout(chart);
  const k = width / layout.width;
  pdf.save();
  for (const s of layout.shapes) {
    switch (s.kind) {
      case "text":
        // SVG places text by its baseline; pdfkit by the top of the line.
        pdf
          .font(s.bold ? "bold" : "regular")
          .fontSize(s.size * k)
          .fillColor("#1a1a1a")
          .text(s.text, x + s.x * k, y + s.y * k, { lineBreak: false, baseline: "alphabetic" });
        break;
      case "rect":
        pdf.rect(x + s.x * k, y + s.y * k, s.w * k, s.h * k).fill(s.fill);
        break;
      case "line":
        pdf
          .moveTo(x + s.x1 * k, y + s.y1 * k)
          .lineTo(x + s.x2 * k, y + s.y2 * k)
          .lineWidth(s.width * k);
        if (s.dash) pdf.dash(s.dash[0] * k, { space: s.dash[1] * k });
        pdf.stroke(s.stroke).undash();
        break;
      default:
        throw new Error(`unknown shape ${(s as { kind: string }).kind}`);
    }
  }
  pdf.restore();
  return layout.height * k;
}

export const chartHeight = (chart: ChartData, width: number) => {
  const layout = chartLayout(chart);
  return (layout.height * width) / layout.width;
};
