import mammoth from "mammoth";
import { PDFParse } from "pdf-parse";

/** The text a reader would see in a PDF, read back by pdf-parse (not by casecheck's own code). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    // A word broken at its hyphen across two lines ("pre-" / "sentence") reads as one word.
    return (await parser.getText()).text.replace(/(\w)-\n(?=\w)/g, "$1-");
  } finally {
    await parser.destroy();
  }
}

/** The text of a Word document, read back by mammoth. */
export async function docxText(docx: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: docx })).value;
}

/** Whitespace as one space, so line breaks of a page or a table do not matter. */
export const flat = (text: string) => text.replace(/\s+/g, " ");

/** The text of each numbered commentary section ("2. Protecting the public" up to the next
 * heading), found by the headings' own words. */
export function sectionsOf(text: string, headings: readonly string[]): Map<string, string> {
  const t = flat(text);
  const out = new Map<string, string>();
  headings.forEach((h, i) => {
    const start = t.indexOf(h);
    if (start < 0) throw new Error(`no heading "${h}" in the report`);
    const next = headings[i + 1];
    const end = next ? t.indexOf(next, start) : t.length;
    out.set(h, t.slice(start, end < 0 ? t.length : end));
  });
  return out;
}
