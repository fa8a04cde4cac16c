import type { z } from "zod";

/** What can be wrong with a framework; `framework check` reports each with its place in the file. */
export type ProblemCode =
  | "schema"
  | "unknown_field"
  | "unknown_kind"
  | "duplicate_id"
  | "unknown_question"
  | "later_question"
  | "unknown_value"
  | "section_prefix"
  | "options"
  | "too_many_options"
  | "filter"
  | "unknown_section"
  | "key_question"
  | "band_gap"
  | "rating";

/** One problem: where it is (a path into the framework, as in the file), the id at fault and why. */
export interface FrameworkProblem {
  code: ProblemCode;
  path: Array<string | number>;
  id?: string;
  message: string;
}

/** The id of the innermost thing along a path that has one (the question a bad field is in). */
function idAlong(input: unknown, path: ReadonlyArray<string | number>): string | undefined {
  let node = input;
  let id: string | undefined;
  for (const segment of path) {
    if (node && typeof node === "object" && "id" in node && typeof node.id === "string") id = node.id;
    node = node && typeof node === "object" ? (node as Record<string | number, unknown>)[segment] : undefined;
  }
  // The path may end at the thing itself (an unknown field is reported on its object).
  if (node && typeof node === "object" && "id" in node && typeof node.id === "string") id = node.id;
  return id;
}

/** Zod's issues as problems, named by the id they are in; an unknown field is a problem of its own, at the field. */
export function schemaProblems(error: z.ZodError, input: unknown): FrameworkProblem[] {
  return error.issues.flatMap((issue): FrameworkProblem[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const id = idAlong(input, path);
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({
        code: "unknown_field",
        path: [...path, key],
        id,
        message: `unknown field "${key}"; check its spelling against the schema`,
      }));
    if (issue.code === "invalid_value" && path.at(-1) === "kind")
      return [{ code: "unknown_kind", path, id, message: `unknown kind; a question is one of ${issue.values.join(", ")}` }];
    return [{ code: "schema", path, id, message: issue.message }];
  });
}
