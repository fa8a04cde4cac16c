import type { Framework } from "../core/framework/schema.ts";
import type { Summary } from "../core/summary/summary.ts";
import type { Narrative } from "./parts.ts";

/** Ratings as core works them out (DESIGN.md, Summary JSON); present when the framework rates. */
export type { Ratings } from "../core/rating/rate.ts";
import type { Ratings } from "../core/rating/rate.ts";

/** What a report is built from: figures computed by core, text written by people. */
export interface ReportInput {
  summary: Summary & { ratings?: Ratings };
  narrative: Narrative;
  framework: Framework;
  /** First and last answer times (ISO), or the inspection's creation when nothing is answered. */
  period: { from: string; to: string };
}

/** One bar of a chart: a figure as a percentage of its cases. */
export interface ChartBar {
  label: string;
  numerator: number;
  denominator: number;
  percent: number | null;
  /** Listed among the areas requiring improvement. */
  flagged: boolean;
}

export interface ChartData {
  title: string;
  /** The framework's improvement threshold, in percent, marked on the chart. */
  threshold: number;
  bars: ChartBar[];
}

/** The pieces every renderer knows; each renders them in one exhaustive switch. */
export type Block =
  | { kind: "paragraph"; text: string; number?: string }
  | { kind: "bullets"; items: string[] }
  /** A part nobody has written yet: shown as such, never filled in by a machine. */
  | { kind: "placeholder"; text: string }
  | { kind: "chart"; chart: ChartData; alt: string };

export interface DocSection {
  title: string;
  blocks: Block[];
  subsections?: DocSection[];
}

/** The draft report as data, in the published report's structure; md.ts, html.ts, pdf.ts and
 * docx.ts render it. */
export interface ReportDocument {
  title: string;
  /** Lines under the title: that it is a draft, the dates, the cases. */
  intro: string[];
  /** Unfinished cases, named so the lead knows what the figures still lack. */
  warning?: string;
  sections: DocSection[];
}
