import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliHarness } from "../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "casecheck-check-"));
const cli = cliHarness();

/** A small valid framework; each case below breaks one thing about it. Line numbers in the
 * expectations are counted in this text. */
const VALID = `id: tiny
version: 3
name: Tiny
sections:
  - id: a
    title: A
    short: a
    questions:
      - id: a.gate
        kind: gate
        audience: cm
        text: Gate?
        phrase: the gate
      - id: a.follow
        kind: judgement
        audience: insp
        text: Follow?
        phrase: the follow-up
        applies:
          - { question: a.gate, in: [ yes ] }
quantifiers:
  - { word: all, min: 100 }
  - { word: some, min: 0 }
standards:
  - { id: only, title: Only, keyQuestions: [ a.follow ] }
rating:
  bands:
    - { word: Good, min: 50, points: 1 }
    - { word: Poor, min: 0, points: 0 }
  overall:
    - { word: Good, min: 1 }
    - { word: Poor, min: 0 }
`;

async function check(name: string, text: string) {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  return { file, ...(await cli.run(["framework", "check", file])) };
}

const CASES: Array<{ kind: string; edit: (t: string) => string; expect: RegExp }> = [
  {
    kind: "YAML syntax",
    edit: (t) => t.replace("text: Gate?", "text: [Gate?"),
    expect: /:1[23]:\d+: YAML: Flow sequence in block collection must be sufficiently indented and end with a \] \(yaml\)/,
  },
  {
    kind: "an unknown field",
    edit: (t) => t.replace("        phrase: the gate", "        phrase: the gate\n        colour: red"),
    expect: /:14:9: a\.gate: unknown field "colour"; check its spelling against the schema \(unknown_field\)/,
  },
  {
    kind: "an unknown kind",
    edit: (t) => t.replace("kind: judgement", "kind: scale"),
    expect: /:15:9: a\.follow: unknown kind; a question is one of judgement, gate, choice, multi \(unknown_kind\)/,
  },
  { kind: "a duplicate id", edit: (t) => t.replace("id: a.follow", "id: a.gate"), expect: /:14:9: a\.gate: the id is used twice \(duplicate_id\)/ },
  {
    kind: "a condition on an unknown question",
    edit: (t) => t.replace("question: a.gate", "question: a.nowhere"),
    expect: /:20:15: a\.follow: refers to a\.nowhere, which is not a question \(unknown_question\)/,
  },
  {
    kind: "a condition on a later question",
    edit: (t) => t.replace("        phrase: the gate", "        phrase: the gate\n        applies: [ { question: a.follow, answered: true } ]"),
    expect: /:14:22: a\.gate: refers to a\.follow, which is asked later.* \(later_question\)/,
  },
  {
    kind: "more options than Slack shows as buttons",
    edit: (t) =>
      t
        .replace("kind: gate", "kind: choice")
        .replace(
          "        phrase: the gate",
          `        phrase: the gate\n        options:\n${Array.from({ length: 26 }, (_, i) => `          - { id: o${i}, label: O${i} }`).join("\n")}`,
        )
        .replace("in: [ yes ]", "in: [ o1 ]"),
    expect: /:14:9: a\.gate: 26 options: Slack shows a choice question's options as buttons, at most 25.* \(too_many_options\)/,
  },
  {
    kind: "a quantifier gap",
    edit: (t) => t.replace("{ word: some, min: 0 }", "{ word: some, min: 10 }"),
    expect: /:21:1: the quantifier bands leave figures below 10% without a word.* \(band_gap\)/,
  },
  {
    kind: "a rating band gap",
    edit: (t) => t.replace("{ word: Poor, min: 0, points: 0 }", "{ word: Poor, min: 20, points: 0 }"),
    expect: /:29:21: Poor: a percentage below 20 has no band; the last band starts at 0 \(band_gap\)/,
  },
  {
    kind: "a key question that is not a question",
    edit: (t) => t.replace("keyQuestions: [ a.follow ]", "keyQuestions: [ a.follo ]"),
    expect: /:25:46: only: key question a\.follo is not a question \(unknown_question\)/,
  },
];

describe("casecheck framework check", () => {
  it("accepts a valid file and says what it holds", async () => {
    const result = await check("valid", VALID);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("framework tiny version 3 is valid: 1 sections, 2 questions, 1 rated standards");
  });

  for (const c of CASES) {
    it(`refuses ${c.kind} with exit 2 and the file, line and column`, async () => {
      const result = await check(c.kind.replace(/\W+/g, "-"), c.edit(VALID));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(result.file);
      expect(result.stderr).toMatch(c.expect);
    });
  }

  it("lists every problem at once", async () => {
    const broken = CASES.filter((c) => c.kind !== "YAML syntax" && c.kind !== "more options than Slack shows as buttons").reduce((t, c) => c.edit(t), VALID);
    const result = await check("everything", broken);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^\d+ problems; correct the file and check it again$/m);
    for (const code of ["unknown_field", "unknown_kind"]) expect(result.stderr).toContain(`(${code})`);
  });
});
