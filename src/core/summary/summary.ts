import type { Framework } from "../framework/schema.ts";
import { rateInspection, type Ratings } from "../rating/rate.ts";
import type { Inspection } from "../records.ts";
import { flagsOfTable, type Flag } from "../scoring/flags.ts";
import { metricDefs } from "../scoring/metrics.ts";
import { scoreInspection, type Metric, type ScoredCase } from "../scoring/score.ts";
import { tabulate, unfinished, type CaseTable } from "../scoring/table.ts";

export interface SummarySection {
  id: string;
  title: string;
  metrics: Metric[];
}

/** A summary as data; text.ts and markdown.ts render it, and `toSummaryJson` gives the public JSON. */
export interface Summary {
  inspection: { id: string; name: string; framework: string; frameworkVersion: string | number };
  cases: { total: number; complete: number; unfinished: string[] };
  metrics: Metric[];
  sections: SummarySection[];
  improvements: Metric[];
  flags: Flag[];
  /** Present when the framework rates standards and the summary is of the whole inspection. */
  ratings?: Ratings;
  /** Set by the caller when the inspection is scored by an earlier version of its framework. */
  frameworkNote?: string;
}

/** Builds the summary of an inspection, or of one section of it, from its cases or from a
 * table of them already worked out (a read model kept in memory). */
export function summarise(framework: Framework, inspection: Inspection, cases: readonly ScoredCase[] | CaseTable, section?: string): Summary {
  const table = "raw" in cases ? cases : tabulate(framework, cases);
  const defs = metricDefs(framework);
  const all = scoreInspection(framework, table);
  const byId = new Map(all.map((m) => [m.id, m]));
  const shown = framework.sections.filter((s) => s.inSummary && (!section || s.id === section));
  const sections = shown.map((s) => ({
    id: s.id,
    title: s.title,
    metrics: defs
      .filter((d) => d.section === s.id)
      // Reasons for falling short are shown only where there are some.
      .filter((d) => !(d.type === "option" && d.question.kind === "multi" && byId.get(d.id)!.numerator === 0))
      .map((d) => byId.get(d.id)!),
  }));
  // An adverse derived figure that is one question's "no" over that question's own cases
  // ("no clear risk management plan") says what the question's figure says; list it once.
  const restated = new Set(
    defs.flatMap((d) =>
      d.type === "derived" && d.adverse && d.where.length === 1
        ? defs
            .filter((q) => q.type === "question" && q.id === d.where[0]!.question && JSON.stringify(q.question.applies) === JSON.stringify(d.of))
            .map((q) => q.id)
        : [],
    ),
  );
  const improvements = defs
    .filter((d) => shown.some((s) => s.id === d.section) && !restated.has(d.id))
    .filter((d) => {
      const m = byId.get(d.id)!;
      if (m.denominator === 0) return false;
      if (d.type === "derived") return d.adverse && m.numerator > 0;
      if (d.type === "option") return d.option.positive && (m.percent ?? 100) < framework.improvementBelow;
      return d.question.kind === "judgement" && (m.percent ?? 100) < framework.improvementBelow;
    })
    .map((d) => byId.get(d.id)!);
  const open = table.refs.filter((_, row) => unfinished(table, row));
  const ratings = section ? null : rateInspection(framework, all);
  return {
    inspection: { id: inspection.id, name: inspection.name, framework: framework.id, frameworkVersion: framework.version },
    cases: { total: table.size, complete: table.size - open.length, unfinished: open },
    metrics: section ? all.filter((m) => m.section === section) : all,
    sections,
    improvements,
    flags: flagsOfTable(table),
    ...(ratings ? { ratings } : {}),
  };
}

/** The public JSON shape (DESIGN.md, Summary JSON); fields are only ever added. */
export function toSummaryJson(summary: Summary) {
  return {
    inspection: { ...summary.inspection, ...(summary.frameworkNote ? { frameworkNote: summary.frameworkNote } : {}) },
    cases: { total: summary.cases.total, complete: summary.cases.complete },
    metrics: summary.metrics,
    improvements: summary.improvements.map((m) => m.id),
    flags: summary.flags,
    ...(summary.ratings ? { ratings: summary.ratings } : {}),
  };
}
