import { metricDef } from "../core/scoring/metrics.ts";
import type { Metric } from "../core/scoring/score.ts";
import { casesLine } from "../core/summary/text.ts";
import { chartAlt, chartOf } from "./chart.ts";
import type { Block, DocSection, ReportDocument, ReportInput } from "./document.ts";
import { listItems, partBlocks } from "./narrative.ts";
import { findingParagraphs, improvementItem } from "./paragraph.ts";
import { PART_TITLES } from "./parts.ts";
import { ratingsSection } from "./ratings.ts";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "The answers were recorded from 12 to 14 September 2016": the first and last answer. */
function periodLine({ from, to }: ReportInput["period"]): string {
  const [a, b] = [DAY.format(new Date(from)), DAY.format(new Date(to))];
  if (a === b) return `The answers were recorded on ${a}.`;
  // "from 12 to 14 September 2016" when the month and year are the same.
  const [dayA, ...restA] = a.split(" ");
  const sameMonth = restA.join(" ") === b.split(" ").slice(1).join(" ");
  return `The answers were recorded from ${sameMonth ? dayA : a} to ${b}.`;
}

/** The generated list: figures below the framework's threshold and adverse figures. */
export function generatedImprovements(input: ReportInput): string[] {
  const { framework, summary } = input;
  return summary.improvements.map((m: Metric) => improvementItem(m, framework.improvementBelow, metricDef(framework, m.id)?.adverse ?? false));
}

/** The draft report, in the structure of the inspectorate's published reports: title and dates,
 * Context, Summary, ratings where the framework rates, a numbered Commentary (one section per
 * summary section, one numbered paragraph per finding, a chart each), Operational management,
 * Key strengths, Areas requiring improvement. */
export function buildReport(input: ReportInput): ReportDocument {
  const { summary, narrative, framework } = input;
  const threshold = framework.improvementBelow;
  const flagged = new Set(summary.improvements.map((m) => m.id));
  const commentary: DocSection[] = summary.sections.map((s, i) => {
    const chart = chartOf(s, threshold, flagged);
    const paragraphs = findingParagraphs(s.metrics).map((text, k): Block => ({ kind: "paragraph", number: `${i + 1}.${k + 1}`, text }));
    return { title: `${i + 1}. ${s.title}`, blocks: [...paragraphs, { kind: "chart", chart, alt: chartAlt(chart) }] };
  });
  const edited = narrative.improvements?.text.trim();
  const improvements: Block[] = edited
    ? [{ kind: "bullets", items: listItems(edited) }]
    : summary.improvements.length
      ? [
          { kind: "paragraph", text: `Generated from the figures below ${threshold}% and the adverse figures; the lead inspector may rewrite this list.` },
          { kind: "bullets", items: generatedImprovements(input) },
        ]
      : [
          {
            kind: "paragraph",
            text: summary.cases.total ? `No figure is below ${threshold}% and no adverse figure was found.` : "There are no cases yet, so no figures.",
          },
        ];
  const { total, unfinished } = summary.cases;
  return {
    title: `Report of ${framework.name}: ${summary.inspection.name}`,
    intro: [`Draft report for the lead inspector's review, inspection ${summary.inspection.id}.`, periodLine(input.period), casesLine(summary)],
    ...(unfinished.length
      ? { warning: `${unfinished.length} of the ${total} cases are not finished (${unfinished.join(", ")}): the figures count the answers so far.` }
      : {}),
    sections: [
      { title: PART_TITLES.context, blocks: partBlocks(narrative, "context") },
      { title: PART_TITLES.summary, blocks: partBlocks(narrative, "summary") },
      ...(summary.ratings ? [ratingsSection(summary.ratings)] : []),
      { title: `Commentary on the inspection: ${summary.inspection.name}`, blocks: [], subsections: commentary },
      { title: PART_TITLES.operational_management, blocks: partBlocks(narrative, "operational_management") },
      { title: PART_TITLES.key_strengths, blocks: partBlocks(narrative, "key_strengths") },
      { title: PART_TITLES.improvements, blocks: improvements },
    ],
  };
}
