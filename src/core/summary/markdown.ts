import { overallSentence, standardSentence } from "../rating/sentence.ts";
import { sentenceFor, shortFigure } from "./sentence.ts";
import type { Summary } from "./summary.ts";
import { casesLine } from "./text.ts";

/** The summary as Markdown, for a report draft or a wiki. */
export function summaryMarkdown(summary: Summary): string {
  const out: string[] = [`# ${summary.inspection.name}`, "", `Inspection \`${summary.inspection.id}\`. ${casesLine(summary)}`];
  if (summary.frameworkNote) out.push("", `_${summary.frameworkNote}_`);
  if (summary.ratings) {
    out.push("", "## Ratings", "");
    for (const s of summary.ratings.standards) out.push(`- ${standardSentence(s)}`);
    out.push(`- **${overallSentence(summary.ratings)}**`);
  }
  summary.sections.forEach((s, i) => {
    out.push("", `## ${i + 1}. ${s.title}`, "");
    for (const m of s.metrics) out.push(`- ${sentenceFor(m)}`);
  });
  if (summary.improvements.length) {
    out.push("", "## Areas needing improvement", "");
    for (const m of summary.improvements) out.push(`- ${shortFigure(m)}`);
  }
  if (summary.flags.length) {
    out.push("", "## Consistency flags", "");
    for (const f of summary.flags) out.push(`- **${f.case}**: ${f.message}`);
  }
  return out.join("\n") + "\n";
}
