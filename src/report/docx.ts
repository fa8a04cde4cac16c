import { AlignmentType, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { chartPng } from "./chart.ts";
import type { Block, DocSection, ReportDocument } from "./document.ts";

/** Width of a chart on an A4 page with Word's default margins, in pixels at 96 to the inch. */
const CHART_WIDTH = 600;

function block(b: Block): Paragraph[] {
  switch (b.kind) {
    case "paragraph":
      return [
        new Paragraph({
          spacing: { after: 120 },
          ...(b.number ? { indent: { left: 567, hanging: 567 } } : {}),
          children: b.number ? [new TextRun({ text: `${b.number}\t`, bold: true }), new TextRun(b.text)] : [new TextRun(b.text)],
        }),
      ];
    case "bullets":
      return b.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 }, spacing: { after: 80 } }));
    case "placeholder":
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: b.text, italics: true, color: "666666" })] })];
    case "chart": {
      const { png, width, height } = chartPng(b.chart);
      return [
        new Paragraph({
          keepLines: true,
          spacing: { after: 200 },
          children: [
            new ImageRun({
              type: "png",
              data: png,
              transformation: { width: CHART_WIDTH, height: Math.round((height * CHART_WIDTH) / width) },
              altText: { name: b.chart.title, title: b.chart.title, description: b.alt },
            }),
          ],
        }),
      ];
    }
    default:
      throw new Error(`unknown block ${(b as { kind: string }).kind}`);
  }
}

function section(s: DocSection, level: number): Paragraph[] {
  return [
    new Paragraph({ text: s.title, heading: level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true }),
    ...s.blocks.flatMap(block),
    ...(s.subsections ?? []).flatMap((x) => section(x, level + 1)),
  ];
}

/** The report as a Word document: real headings (so Word's navigation pane lists them),
 * numbered paragraphs, bullet lists, charts as PNG with their alt text, and page numbers. */
export function reportDocx(doc: ReportDocument): Promise<Buffer> {
  const document = new Document({
    title: doc.title,
    creator: "casecheck",
    styles: {
      default: {
        document: { run: { font: "Arial", size: 21 } },
        title: { run: { font: "Arial", size: 40, bold: true, color: "1D3557" }, paragraph: { spacing: { after: 200 } } },
        heading1: { run: { font: "Arial", size: 30, bold: true, color: "1D3557" }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: "Arial", size: 24, bold: true, color: "1D3557" }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["Draft · page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 16, color: "666666" })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
          ...doc.intro.map((l) => new Paragraph({ children: [new TextRun({ text: l, color: "444444" })] })),
          ...(doc.warning
            ? [new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: `Warning: ${doc.warning}`, bold: true, color: "A0410F" })] })]
            : []),
          ...doc.sections.flatMap((s) => section(s, 2)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
