import type { Block } from "./document.ts";
import { PART_TITLES, type Narrative, type ReportPart } from "./parts.ts";

const BULLET = /^\s*[-•*]\s+/;

/** Text as the lead typed it, as blocks: paragraphs split by blank lines; a paragraph whose
 * every line starts with "- " or "• " is a list. */
export function textBlocks(text: string): Block[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p): Block => {
      const lines = p
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      return lines.every((l) => BULLET.test(l))
        ? { kind: "bullets", items: lines.map((l) => l.replace(BULLET, "")) }
        : { kind: "paragraph", text: lines.join(" ") };
    });
}

/** A list as typed: one item a line, with or without a bullet. */
export function listItems(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(BULLET, "").trim())
    .filter(Boolean);
}

const HOW = "in Slack “/casecheck report edit”, in the shell “report edit PART”, or “casecheck report set --part PART --file FILE”";

/** The blocks of a part written by people, or a placeholder saying who writes it and how. */
export function partBlocks(narrative: Narrative, part: ReportPart): Block[] {
  const stored = narrative[part]?.text.trim();
  if (stored) return textBlocks(stored);
  return [{ kind: "placeholder", text: `${PART_TITLES[part]}: to be written by the lead inspector (${HOW.replace(/PART/g, part)}).` }];
}
