import type { Metric } from "../core/scoring/score.ts";

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Labels start with a capital; inside a sentence they do not (an acronym such as "PSR" keeps its capitals). */
export const inSentence = (text: string) => (/^[A-Z](?![A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** "9 of the 16 applicable cases (56%, the majority)": the figure with the inspectorate's word. */
export function figure(m: Metric): string {
  const word = m.quantifier ? `, ${m.quantifier}` : "";
  return `${m.numerator} of the ${m.denominator} ${m.population} (${m.percent}%${word})`;
}

const pending = (m: Metric) => (m.unanswered ? ` A further ${m.unanswered} ${m.unanswered === 1 ? "case is" : "cases are"} not yet answered.` : "");

/** One finding as a numbered paragraph states it, in the report's style:
 * "We found sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority)."
 * Only counts and words: the cases behind the figure are never named. */
export function findingSentence(m: Metric): string {
  if (m.denominator === 0) return `${capital(m.label)}: there are no ${m.population} to judge yet.${pending(m)}`;
  return `We found ${inSentence(m.label)} in ${figure(m)}.${pending(m)}`;
}

/** The options of one choice question ("management oversight … effective / ineffective / none")
 * say one thing together, so they share a paragraph. */
export function findingParagraphs(metrics: readonly Metric[]): string[] {
  const groups: Metric[][] = [];
  for (const m of metrics) {
    const question = m.id.split("=")[0];
    const last = groups.at(-1);
    if (last && m.id.includes("=") && last[0]!.id.split("=")[0] === question) last.push(m);
    else groups.push([m]);
  }
  return groups.map((g) => (g.length > 1 ? optionsSentence(g) : findingSentence(g[0]!)));
}

/** "Of the 12 cases where oversight was needed, we found management oversight of public
 * protection work was effective in 4 (33%, a minority), not effective in 6 (50%, half) and
 * absent in 2 (17%, a minority)." The options share their question's words and cases. */
function optionsSentence(group: readonly Metric[]): string {
  const words = group.map((m) => m.label.split(" "));
  let shared = 0;
  while (shared < words[0]!.length - 1 && words.every((w) => w.length > shared + 1 && w[shared] === words[0]![shared])) shared++;
  const first = group[0]!;
  if (!shared || first.denominator === 0 || group.some((m) => m.denominator !== first.denominator || m.population !== first.population))
    return group.map(findingSentence).join(" ");
  const parts = group.map((m, i) => `${words[i]!.slice(shared).join(" ")} in ${m.numerator} (${m.percent}%${m.quantifier ? `, ${m.quantifier}` : ""})`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  return `Of the ${first.denominator} ${first.population}, we found ${inSentence(words[0]!.slice(0, shared).join(" "))} ${list}.${pending(first)}`;
}

/** An area requiring improvement, generated from a figure: "No clear risk management plan: 7 of the 13 cases of medium or higher risk of serious harm (54%)". */
export function improvementItem(m: Metric, threshold: number, adverse: boolean): string {
  const base = `${capital(m.label)}: ${m.numerator} of the ${m.denominator} ${m.population} (${m.percent}%)`;
  return adverse ? `${base}.` : `${base}, below the ${threshold}% the framework expects.`;
}
