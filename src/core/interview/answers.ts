import { allowedValues } from "../framework/define.ts";
import type { Question } from "../framework/schema.ts";
import type { AnswerValue } from "../records.ts";

export type Reading = { ok: true; value: AnswerValue; note?: string } | { ok: false; error: string };

/** Words that mean each judgement/gate value when typed. */
const WORDS: Record<string, readonly string[]> = {
  yes: ["yes", "y", "yeah", "yep", "yup", "sufficient", "sufficiently", "ok", "okay", "met", "true", "it was", "it did", "done", "good enough"],
  no: ["no", "n", "nope", "not sufficient", "insufficient", "not met", "false", "it wasnt", "it was not", "it didnt", "not done", "not good enough"],
  na: ["na", "n/a", "n a", "not applicable", "doesnt apply", "does not apply", "not relevant", "none applicable"],
};

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9/ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Phrases that mean each allowed value of a question, longest first so "not effective"
 * wins over "effective". */
function phrasesFor(question: Question): Array<[phrase: string, value: string]> {
  const allowed = allowedValues(question);
  const pairs: Array<[string, string]> = [];
  if (question.kind === "judgement" || question.kind === "gate") {
    for (const v of allowed) for (const w of WORDS[v] ?? []) pairs.push([w, v]);
  } else {
    question.options.forEach((o, i) => {
      for (const p of [o.id.replace(/_/g, " "), o.label, ...o.terms, String(i + 1)]) pairs.push([normalise(p), o.id]);
    });
  }
  return pairs.sort((a, b) => b[0].length - a[0].length);
}

/** The single value a piece of text names exactly, if any. */
function exactValue(question: Question, text: string): string | undefined {
  const t = normalise(text);
  return phrasesFor(question).find(([p]) => p === t)?.[1];
}

function describe(question: Question): string {
  switch (question.kind) {
    case "judgement":
      return "yes, no or n/a (not applicable)";
    case "gate":
      return "yes or no";
    case "choice":
      return `one of: ${question.options.map((o) => o.label.toLowerCase()).join(", ")}`;
    case "multi":
      return `one or more of: ${question.options.map((o) => o.label.toLowerCase()).join(", ")} (separate them with commas)`;
  }
}

/** Reads typed text ("No, it was late", "n/a", "ineffective") into an answer and an optional note. */
export function readAnswer(question: Question, text: string): Reading {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: `Please answer ${describe(question)}.` };
  if (question.kind === "multi") {
    const parts = trimmed.split(/\s*(?:,|;|\band\b|&|\+)\s*/i).filter(Boolean);
    const values = parts.map((p) => exactValue(question, p));
    if (values.every((v) => v !== undefined)) return { ok: true, value: [...new Set(values as string[])] };
  }
  const whole = exactValue(question, trimmed);
  if (whole) return { ok: true, value: question.kind === "multi" ? [whole] : whole };
  // "No, it was late" / "yes - reviewed in May": an answer, then a note.
  const split = trimmed.match(/^(.+?)\s*(?:[,.;:!]|\s-+\s|\s–\s|\bbecause\b)\s*(.*)$/is);
  if (split) {
    const head = exactValue(question, split[1]!);
    const note = split[2]!.trim();
    if (head) return { ok: true, value: question.kind === "multi" ? [head] : head, ...(note ? { note } : {}) };
  }
  return { ok: false, error: `"${trimmed.slice(0, 60)}" is not an answer to this question. Please answer ${describe(question)}.` };
}

/** Checks a value given by a button or an import cell. */
export function validateAnswer(question: Question, value: AnswerValue): Reading {
  const allowed = allowedValues(question);
  const values = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) !== (question.kind === "multi"))
    return { ok: false, error: question.kind === "multi" ? "expects a list of options" : "expects a single value" };
  const bad = values.filter((v) => !allowed.includes(v));
  if (bad.length) return { ok: false, error: `${bad.join(", ")} is not allowed; use ${allowed.join(", ")}` };
  if (new Set(values).size !== values.length) return { ok: false, error: "an option is chosen twice" };
  return { ok: true, value };
}

/** A value as people read it: "Yes", "Not applicable", "Late, Not done". */
export function formatValue(question: Question, value: AnswerValue): string {
  const one = (v: string) =>
    question.options.find((o) => o.id === v)?.label ?? ({ yes: "Yes", no: "No", na: "Not applicable" } as Record<string, string>)[v] ?? v;
  return Array.isArray(value) ? value.map(one).join(", ") : one(value);
}
