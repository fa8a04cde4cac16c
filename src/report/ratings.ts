import { overallSentence, standardSentence } from "../core/rating/sentence.ts";
import type { DocSection, Ratings } from "./document.ts";

/** "Planning: Good, driven by keeping other people safe at 66.7%", a line per standard, and
 * the overall rating with its points: core's sentences, as in the summary. */
export function ratingsSection(ratings: Ratings): DocSection {
  return {
    title: "Ratings",
    blocks: [
      { kind: "paragraph", text: overallSentence(ratings) },
      { kind: "paragraph", text: "Each standard takes the rating of its lowest key-question percentage." },
      { kind: "bullets", items: ratings.standards.map(standardSentence) },
    ],
  };
}
