import { Resvg } from "@resvg/resvg-js";
import type { SummarySection } from "../core/summary/summary.ts";
import { chartLayout, COLOURS, type Shape } from "./chart-layout.ts";
import type { ChartData } from "./document.ts";
import { FONT_FAMILY, FONTS } from "./fonts.ts";

/** One horizontal bar per figure of a section: its percentage, the count on the bar ("9/16"),
 * and the framework's improvement threshold as a dashed line. The HTML inlines the SVG, the PDF
 * draws the same shapes as vectors, and Word and Slack get a PNG drawn with the bundled fonts. */

export function chartOf(section: SummarySection, threshold: number, flagged: ReadonlySet<string> = new Set()): ChartData {
  return {
    title: section.title,
    threshold,
    bars: section.metrics.map((m) => ({ label: m.label, numerator: m.numerator, denominator: m.denominator, percent: m.percent, flagged: flagged.has(m.id) })),
  };
}

const xml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function svgShape(s: Shape): string {
  switch (s.kind) {
    case "text":
      return `<text x="${s.x}" y="${s.y}" font-size="${s.size}"${s.bold ? ' font-weight="bold"' : ""}>${xml(s.text)}</text>`;
    case "rect":
      return `<rect x="${s.x}" y="${s.y}" width="${s.w.toFixed(1)}" height="${s.h}" fill="${s.fill}"/>`;
    case "line":
      return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash.join(" ")}"` : ""}/>`;
    default:
      throw new Error(`unknown shape ${(s as { kind: string }).kind}`);
  }
}

export function chartSvg(chart: ChartData, label = chartAlt(chart)): string {
  const { width, height, shapes } = chartLayout(chart);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}, sans-serif" fill="${COLOURS.text}" role="img" aria-label="${xml(label)}"><rect width="100%" height="100%" fill="#ffffff"/>${shapes.map(svgShape).join("")}</svg>`;
}

/** The chart as a PNG at 1.5 times its size (sharp on screen and in print), drawn with the bundled DejaVu fonts only. */
export function chartPng(chart: ChartData): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(chartSvg(chart), {
    fitTo: { mode: "zoom", value: 1.5 },
    font: { loadSystemFonts: false, fontFiles: [FONTS.regular, FONTS.bold], defaultFontFamily: FONT_FAMILY },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** What the chart shows, in words, for screen readers and anyone who cannot see it: every figure. */
export function chartAlt(chart: ChartData): string {
  const figures = chart.bars.map((b) => `${b.label}: ${b.denominator ? `${b.numerator} of ${b.denominator} (${b.percent}%)` : "no cases yet"}`);
  return `${chart.title}, each figure as a percentage of its cases, against the improvement threshold of ${chart.threshold}%. ${figures.join("; ")}.`;
}

/** For Slack summary posts: one section's chart as a PNG (figures in `flagged` drawn as areas requiring improvement). */
export function sectionChartPng(section: SummarySection, threshold: number, flagged?: ReadonlySet<string>): Buffer {
  return chartPng(chartOf(section, threshold, flagged)).png;
}

/** The alt text to upload with `sectionChartPng`'s image. */
export function sectionChartAlt(section: SummarySection, threshold = 75): string {
  return chartAlt(chartOf(section, threshold));
}
