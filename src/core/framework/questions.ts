import type { Framework, Question } from "./schema.ts";

const ordered = new WeakMap<Framework, readonly Question[]>();

/** The questions in asking order; built once per framework, since every step of a case needs it. */
export function questionsOf(framework: Framework): readonly Question[] {
  let found = ordered.get(framework);
  if (!found) ordered.set(framework, (found = Object.freeze(framework.sections.flatMap((s) => s.questions))));
  return found;
}

/** The values a question accepts. */
export function allowedValues(question: Question): string[] {
  switch (question.kind) {
    case "judgement":
      return ["yes", "no", "na"];
    case "gate":
      return ["yes", "no"];
    case "choice":
    case "multi":
      return question.options.map((o) => o.id);
  }
}
