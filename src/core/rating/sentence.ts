import type { Ratings, StandardRating } from "./rate.ts";

/** "Planning: Good, driven by keeping other people safe at 66.7%." */
export function standardSentence(s: StandardRating): string {
  if (!s.rating || !s.lowest) return `${s.title}: not rated; none of its key questions applies to a case yet.`;
  const others = s.keyQuestions.filter((k) => k.metric !== s.lowest!.metric);
  const rest = others.length ? ` (${others.map((k) => `${k.label} ${k.percent}%`).join(", ")})` : "";
  return `${s.title}: ${s.rating}, driven by ${s.lowest.label} at ${s.lowest.percent}%${rest}.`;
}

/** "Overall: Good (20 of 36 points)." */
export function overallSentence(r: Ratings): string {
  if (!r.overall.rating) return "Overall: not rated yet; no standard can be rated.";
  return `Overall: ${r.overall.rating} (${r.overall.points} of ${r.overall.max} points).`;
}
