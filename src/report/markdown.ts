import type { Block, DocSection, ReportDocument } from "./document.ts";

/** Markdown has no charts; each is given as its alt text, which states every figure. */
function block(b: Block): string {
  switch (b.kind) {
    case "paragraph":
      return b.number ? `${b.number}. ${b.text}` : b.text;
    case "bullets":
      return b.items.map((i) => `- ${i}`).join("\n");
    case "placeholder":
      return `_${b.text}_`;
    case "chart":
      return `> Chart: ${b.alt}`;
    default:
      throw new Error(`unknown block ${(b as { kind: string }).kind}`);
  }
}

function section(s: DocSection, level: number): string[] {
  return [`${"#".repeat(level)} ${s.title}`, "", ...s.blocks.flatMap((b) => [block(b), ""]), ...(s.subsections ?? []).flatMap((x) => section(x, level + 1))];
}

export function reportMarkdown(doc: ReportDocument): string {
  const out = [`# ${doc.title}`, "", ...doc.intro.map((l) => `${l}  `), ""];
  if (doc.warning) out.push(`> **Warning:** ${doc.warning}`, "");
  for (const s of doc.sections) out.push(...section(s, 2));
  return (
    out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}
