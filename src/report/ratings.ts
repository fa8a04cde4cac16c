import type { Metric } from "../core/scoring/score.ts";
import type { DocSection, Ratings } from "./document.ts";
import { inSentence } from "./paragraph.ts";

/** "Planning: Good, driven by sufficient planning to manage the risk of harm at 67%", a line per
 * standard, and the overall rating with its points. */
export function ratingsSection(ratings: Ratings, metrics: readonly Metric[]): DocSection {
  const label = (id: string) => inSentence(metrics.find((m) => m.id === id)?.label ?? id);
  const items = ratings.standards.map((s) =>
    s.rating === null
      ? `${s.title}: not rated (none of its key questions had an applicable case).`
      : `${s.title}: ${s.rating}${s.lowest ? `, driven by ${label(s.lowest.metric)} at ${s.lowest.percent}%` : ""}.`,
  );
  const { overall } = ratings;
  return {
    title: "Ratings",
    blocks: [
      { kind: "paragraph", text: `Overall: ${overall.rating ?? "not rated"} (${overall.points} of ${overall.max} points).` },
      { kind: "paragraph", text: "Each standard takes the rating of its lowest key-question percentage." },
      { kind: "bullets", items },
    ],
  };
}
