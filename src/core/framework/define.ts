import { Framework, type FrameworkInput, type Question, type Condition } from "./schema.ts";

/** A framework checked beyond its shape: every reference points at a real question and value,
 * and a condition only looks at questions asked before it (so the guided flow can decide). */
export function defineFramework(input: FrameworkInput): Framework {
  const framework = Framework.parse(input);
  const problems = checkReferences(framework);
  if (problems.length) throw new Error(`framework ${framework.id} is invalid:\n- ${problems.join("\n- ")}`);
  return framework;
}

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

function checkReferences(framework: Framework): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Question>();
  const checkCondition = (where: string, c: Condition, earlierOnly: boolean) => {
    const target = earlierOnly ? seen.get(c.question) : questionsOf(framework).find((q) => q.id === c.question);
    if (!target) {
      problems.push(`${where}: refers to ${c.question}, which is not ${earlierOnly ? "an earlier question" : "a question"}`);
      return;
    }
    const bad = (c.in ?? []).filter((v) => !allowedValues(target).includes(v));
    if (bad.length) problems.push(`${where}: ${bad.join(", ")} is not a value of ${c.question}`);
  };
  for (const section of framework.sections) {
    for (const q of section.questions) {
      if (seen.has(q.id)) problems.push(`${q.id}: the id is used twice`);
      if (!q.id.startsWith(`${section.id}.`)) problems.push(`${q.id}: ids in section ${section.id} start with "${section.id}."`);
      const needsOptions = q.kind === "choice" || q.kind === "multi";
      if (needsOptions !== q.options.length > 0) problems.push(`${q.id}: ${needsOptions ? "needs" : "cannot have"} options`);
      q.applies.forEach((c) => checkCondition(`${q.id} applies`, c, true));
      seen.set(q.id, q);
    }
  }
  for (const d of framework.derived) {
    if (!framework.sections.some((s) => s.id === d.section)) problems.push(`${d.id}: no section ${d.section}`);
    [...d.of, ...d.where].forEach((c) => checkCondition(d.id, c, false));
  }
  for (const r of framework.rules) r.when.forEach((c) => checkCondition(`rule ${r.id}`, c, false));
  for (const f of framework.filters) {
    const q = seen.get(f);
    if (!q) problems.push(`filter ${f}: no such question`);
    else if (q.kind !== "choice" && q.kind !== "gate") problems.push(`filter ${f}: only choice and gate questions can filter`);
  }
  return problems;
}
