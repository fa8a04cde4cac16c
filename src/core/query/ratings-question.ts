import type { Framework, Standard } from "../framework/schema.ts";
import { rateInspection, type Ratings } from "../rating/rate.ts";
import { overallSentence, standardSentence } from "../rating/sentence.ts";
import { scoreInspection, type ScoredCase } from "../scoring/score.ts";

/** A question about ratings: one standard's ("what's our rating for planning?", "which key
 * question pulls reviewing down?"), the overall rating, or all of them. */
export type RatingsQuestion = { kind: "standard"; standard: string; why: boolean } | { kind: "overall" } | { kind: "all" };

/** Words that make a question about ratings rather than about a figure. */
const RATING_CUE =
  /\b(ratings?|rated|rate|grades?|graded|pull(s|ing)?\b.*\bdown|drag(s|ging)?\b.*\bdown|hold(s|ing)?\b.*\bback|key questions?|driv(es|en|ing)|lowest)\b/;
const WHY_CUE = /\b(why|which|what)\b.*\b(pull|drag|hold|driv|lowest|key question)|\bwhy\b/;

const normal = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;

/** The words that name a standard: its id, its title, and its own terms. */
function namesOf(standard: Standard): string[] {
  return [standard.id.replace(/[_.]/g, " "), standard.title, ...standard.terms].map((n) => normal(n).trim()).filter(Boolean);
}

/** Reads a ratings question, or null when the framework does not rate or the question is about
 * something else (then the figures' parser reads it). */
export function readRatingsQuestion(framework: Framework, question: string): RatingsQuestion | null {
  if (!framework.rating || !framework.standards.length) return null;
  const text = normal(question);
  if (!RATING_CUE.test(text)) return null;
  // The longest name found wins, so "implementation and delivery" beats a shorter overlap.
  const named = framework.standards
    .flatMap((s) =>
      namesOf(s)
        .filter((n) => text.includes(` ${n} `))
        .map((n) => ({ id: s.id, length: n.length })),
    )
    .sort((a, b) => b.length - a.length)[0];
  if (named) return { kind: "standard", standard: named.id, why: WHY_CUE.test(text) };
  if (/\boverall\b|\bthe service\b|\bwhole\b/.test(text)) return { kind: "overall" };
  return { kind: "all" };
}

/** The answer to a ratings question, in words built from the computed ratings. */
export function answerRatingsQuestion(framework: Framework, cases: readonly ScoredCase[], question: string): { text: string; ratings: Ratings } | null {
  const read = readRatingsQuestion(framework, question);
  if (!read) return null;
  const ratings = rateInspection(framework, scoreInspection(framework, cases))!;
  if (read.kind === "overall") {
    const each = ratings.standards.map((s) => `${s.title} ${s.rating ?? "not rated"}`).join(", ");
    return { text: `${overallSentence(ratings)} ${each}.`, ratings };
  }
  if (read.kind === "all") return { text: [...ratings.standards.map(standardSentence), overallSentence(ratings)].join("\n"), ratings };
  const standard = ratings.standards.find((s) => s.id === read.standard)!;
  if (!read.why || !standard.lowest) return { text: standardSentence(standard), ratings };
  const order = [...standard.keyQuestions].sort((a, b) => a.percent - b.percent);
  const lines = [
    `${standard.lowest.label.charAt(0).toUpperCase()}${standard.lowest.label.slice(1)} pulls ${standard.title} down: ${standard.lowest.percent}%, which gives ${standard.rating}.`,
    `Its key questions, lowest first: ${order.map((k) => `${k.label} ${k.percent}%`).join(", ")}.`,
  ];
  return { text: lines.join("\n"), ratings };
}
