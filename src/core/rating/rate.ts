import type { Framework, KeyQuestion, RatingBand } from "../framework/schema.ts";
import { metricDef } from "../scoring/metrics.ts";
import type { Metric } from "../scoring/score.ts";

export interface KeyQuestionFigure {
  metric: string;
  /** Rounded to one decimal place for display; bands compare the unrounded value. */
  percent: number;
  /** The words for it in a sentence: "keeping other people safe". */
  label: string;
}

/** A standard's rating (DESIGN.md, Summary JSON). A standard with no key question that applies
 * to any case is not rated: `rating`, `points` and `lowest` are null. */
export interface StandardRating {
  id: string;
  title: string;
  rating: string | null;
  points: number | null;
  lowest: KeyQuestionFigure | null;
  keyQuestions: KeyQuestionFigure[];
}

export interface Ratings {
  standards: StandardRating[];
  /** `max` is the most points the rated standards could have. */
  overall: { rating: string | null; points: number; max: number };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const keyOf = (k: KeyQuestion) => (typeof k === "string" ? { metric: k, label: undefined } : k);

/** Rates each standard from the lowest unrounded percentage among its key questions, and the
 * whole from the rated standards' points; null when the framework does not rate. */
export function rateInspection(framework: Framework, metrics: readonly Metric[]): Ratings | null {
  const rating = framework.rating;
  if (!rating || !framework.standards.length) return null;
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const standards = framework.standards.map((standard): StandardRating => {
    const figures = standard.keyQuestions.flatMap((k) => {
      const { metric, label } = keyOf(k);
      const m = byId.get(metric);
      // A key question with no applicable case says nothing about the standard.
      if (!m || m.denominator === 0) return [];
      return [{ metric, exact: (m.numerator / m.denominator) * 100, label: label ?? metricDef(framework, metric)?.label ?? metric }];
    });
    const shown = figures.map((f) => ({ metric: f.metric, percent: round1(f.exact), label: f.label }));
    if (!figures.length) return { id: standard.id, title: standard.title, rating: null, points: null, lowest: null, keyQuestions: [] };
    const lowestAt = figures.reduce((low, f, i) => (f.exact < figures[low]!.exact ? i : low), 0);
    const band = bandFor(rating.bands, figures[lowestAt]!.exact);
    return { id: standard.id, title: standard.title, rating: band?.word ?? null, points: band?.points ?? null, lowest: shown[lowestAt]!, keyQuestions: shown };
  });
  const rated = standards.filter((s) => s.points !== null);
  const points = rated.reduce((sum, s) => sum + s.points!, 0);
  const max = Math.max(...rating.bands.map((b) => b.points)) * rated.length;
  const measure = rating.overallOn === "share" ? (max ? (points / max) * 100 : 0) : points;
  const overall = rated.length ? (rating.overall.find((b) => measure >= b.min)?.word ?? null) : null;
  return { standards, overall: { rating: overall, points, max } };
}

function bandFor(bands: readonly RatingBand[], percent: number): RatingBand | undefined {
  return bands.find((b) => percent >= b.min);
}
