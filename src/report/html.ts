import { chartSvg } from "./chart.ts";
import type { Block, DocSection, ReportDocument } from "./document.ts";

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Print styles: A4, headings kept with what follows, charts never split across pages. */
const STYLE = `
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; color: #1d3557; } h2 { font-size: 1.3em; color: #1d3557; border-bottom: 1px solid #ccd; padding-bottom: .2em; margin-top: 1.6em; } h3 { font-size: 1.1em; margin-top: 1.3em; }
.intro p { margin: .2em 0; color: #444; } .warning { border-left: 4px solid #c2571a; background: #fff4ec; padding: .5em 1em; }
p.numbered { display: grid; grid-template-columns: 3em 1fr; } p.numbered span:first-child { font-weight: bold; }
.placeholder { color: #777; font-style: italic; } figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; }
@page { size: A4; margin: 2cm; }
@media print { body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; } h1, h2, h3 { break-after: avoid; } figure, li, p { break-inside: avoid; } }
`;

function block(b: Block): string {
  switch (b.kind) {
    case "paragraph":
      return b.number ? `<p class="numbered"><span>${esc(b.number)}</span><span>${esc(b.text)}</span></p>` : `<p>${esc(b.text)}</p>`;
    case "bullets":
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;
    case "placeholder":
      return `<p class="placeholder">${esc(b.text)}</p>`;
    case "chart":
      return `<figure>${chartSvg(b.chart, b.alt)}</figure>`;
    default:
      throw new Error(`unknown block ${(b as { kind: string }).kind}`);
  }
}

function section(s: DocSection, level: number): string {
  return `<section><h${level}>${esc(s.title)}</h${level}>${s.blocks.map(block).join("\n")}${(s.subsections ?? []).map((x) => section(x, level + 1)).join("\n")}</section>`;
}

/** One self-contained file: styles and charts inline, nothing fetched. */
export function reportHtml(doc: ReportDocument): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${esc(doc.title)}</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><header><h1>${esc(doc.title)}</h1><div class="intro">${doc.intro.map((l) => `<p>${esc(l)}</p>`).join("")}</div>${doc.warning ? `<p class="warning"><strong>Warning:</strong> ${esc(doc.warning)}</p>` : ""}</header>
<main>${doc.sections.map((s) => section(s, 2)).join("\n")}</main></body></html>
`;
}
