import type { ChartBar, ChartData } from "./document.ts";

/** A chart as shapes in a 720-unit-wide box, drawn the same way as SVG (HTML, PNG) and as
 * vectors in the PDF, so the two cannot drift apart. */
export type Shape =
  | { kind: "text"; x: number; y: number; text: string; size: number; bold?: boolean }
  | { kind: "rect"; x: number; y: number; w: number; h: number; fill: string }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: [number, number] };

export interface ChartLayout {
  width: number;
  height: number;
  shapes: Shape[];
}

export const COLOURS = { bar: "#1d3557", flagged: "#c2571a", track: "#eef1f4", threshold: "#b00020", text: "#1a1a1a" } as const;

const W = 720;
const LEFT = 16;
const BAR_W = W - LEFT - 130;
const FONT = 13;
const LINE = 16;
const BAR_H = 13;
/** Characters of a label per line: DejaVu Sans averages a little over half an em a character. */
const WRAP = Math.floor((W - 2 * LEFT) / (FONT * 0.58));

export function wrap(text: string, width = WRAP): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const count = (b: ChartBar) => (b.denominator ? `${b.numerator}/${b.denominator} (${b.percent}%)` : "no cases yet");

/** A label over each bar, the count after it, the threshold as a dashed line through all bars, and a key. */
export function chartLayout(chart: ChartData): ChartLayout {
  const shapes: Shape[] = [{ kind: "text", x: LEFT, y: 20, text: chart.title, size: 15, bold: true }];
  let y = 30;
  const tx = LEFT + (BAR_W * chart.threshold) / 100;
  for (const bar of chart.bars) {
    const lines = wrap(capital(bar.label));
    lines.forEach((l, i) => shapes.push({ kind: "text", x: LEFT, y: y + LINE * (i + 1) - 4, text: l, size: FONT }));
    y += LINE * lines.length + 2;
    shapes.push({ kind: "rect", x: LEFT, y, w: BAR_W, h: BAR_H, fill: COLOURS.track });
    if (bar.denominator)
      shapes.push({
        kind: "rect",
        x: LEFT,
        y,
        w: Math.max(1, (BAR_W * (bar.percent ?? 0)) / 100),
        h: BAR_H,
        fill: bar.flagged ? COLOURS.flagged : COLOURS.bar,
      });
    shapes.push({ kind: "text", x: LEFT + BAR_W + 8, y: y + BAR_H - 2, text: count(bar), size: FONT, bold: true });
    // The threshold marked across each bar, not through the labels above it.
    shapes.push({ kind: "line", x1: tx, y1: y - 3, x2: tx, y2: y + BAR_H + 3, stroke: COLOURS.threshold, width: 2, dash: [4, 2] });
    y += BAR_H + 9;
  }
  y += 8;
  shapes.push({ kind: "rect", x: LEFT, y: y - 10, w: 12, h: 10, fill: COLOURS.flagged });
  shapes.push({ kind: "text", x: LEFT + 18, y, text: "an area requiring improvement", size: 12 });
  shapes.push({ kind: "line", x1: LEFT + 250, y1: y - 5, x2: LEFT + 272, y2: y - 5, stroke: COLOURS.threshold, width: 2, dash: [4, 2] });
  shapes.push({ kind: "text", x: LEFT + 278, y, text: `improvement threshold (${chart.threshold}%)`, size: 12 });
  return { width: W, height: y + 12, shapes };
}
