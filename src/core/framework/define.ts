import { checkBands } from "./bands.ts";
import { checkReferences } from "./check.ts";
import { schemaProblems, type FrameworkProblem } from "./problems.ts";
import { Framework, type FrameworkInput } from "./schema.ts";

export { allowedValues, questionsOf } from "./questions.ts";

export type FrameworkCheck = { ok: true; framework: Framework } | { ok: false; problems: FrameworkProblem[] };

/** A framework checked beyond its shape: every reference points at a real question and value,
 * a condition only looks at questions asked before it (so the guided flow can decide), options
 * fit Slack and bands leave no gaps. Every problem at once, each with its path. */
export function checkFramework(input: unknown): FrameworkCheck {
  const parsed = Framework.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error, input) };
  const problems = [...checkReferences(parsed.data), ...checkBands(parsed.data)];
  return problems.length ? { ok: false, problems } : { ok: true, framework: parsed.data };
}

/** For frameworks written in code (tests): the framework, or an error listing every problem. */
export function defineFramework(input: FrameworkInput): Framework {
  const checked = checkFramework(input);
  if (checked.ok) return checked.framework;
  const id = typeof input === "object" && input && "id" in input ? String(input.id) : "?";
  throw new Error(`framework ${id} is invalid:\n- ${checked.problems.map((p) => `${p.id ? `${p.id}: ` : ""}${p.message}`).join("\n- ")}`);
}
