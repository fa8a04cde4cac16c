import { overallSentence, standardSentence } from "../rating/sentence.ts";
import { sentenceFor, shortFigure } from "./sentence.ts";
import type { Summary } from "./summary.ts";

/** The summary as plain text, for a terminal or an email. */
export function summaryText(summary: Summary): string {
  const lines: string[] = [];
  lines.push(`${summary.inspection.name} (${summary.inspection.id})`);
  lines.push(casesLine(summary));
  if (summary.frameworkNote) lines.push(summary.frameworkNote);
  if (summary.ratings) {
    lines.push("", "Ratings");
    for (const s of summary.ratings.standards) lines.push(`  - ${standardSentence(s)}`);
    lines.push(`  - ${overallSentence(summary.ratings)}`);
  }
  summary.sections.forEach((s, i) => {
    lines.push("", `${i + 1}. ${s.title}`);
    for (const m of s.metrics) lines.push(`  - ${sentenceFor(m)}`);
  });
  if (summary.improvements.length) {
    lines.push("", "Areas needing improvement");
    for (const m of summary.improvements) lines.push(`  - ${shortFigure(m)}`);
  }
  if (summary.flags.length) {
    lines.push("", "Consistency flags");
    for (const f of summary.flags) lines.push(`  - ${f.case}: ${f.message}`);
  }
  return lines.join("\n");
}

export function casesLine(summary: Summary): string {
  const { total, complete, unfinished } = summary.cases;
  if (total === 0) return "No cases yet.";
  if (complete === total) return `${total} cases, all complete.`;
  const list = unfinished.slice(0, 10).join(", ") + (unfinished.length > 10 ? ", …" : "");
  return `${total} cases, ${complete} complete; still in progress: ${list}. Figures count the answers so far.`;
}
