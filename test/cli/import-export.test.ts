import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliHarness, runBin } from "../support/cli.ts";

const DORSET = "fixtures/inspections/dorset-2016.csv";
const dir = mkdtempSync(join(tmpdir(), "casecheck-csv-"));
const csvFile = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("casecheck import, summary and export", () => {
  it("imports the Dorset inspection and reports its figures as the JSON contract (real binary)", async () => {
    const env = { STORE_URL: `sqlite://${join(dir, "bin.sqlite")}` };
    const imported = await runBin(["import", DORSET, "--inspection", "dorset-2016", "--name", "Dorset 2016"], env);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain("Created inspection dorset-2016: 20 cases (20 new)");
    const summary = await runBin(["summary", "--inspection", "dorset-2016", "--format", "json"], env);
    expect(summary.code).toBe(0);
    const json = JSON.parse(summary.stdout);
    expect(json.inspection).toEqual({ id: "dorset-2016", name: "Dorset 2016", framework: "sqs-youth-2016", frameworkVersion: 1 });
    expect(json.cases).toEqual({ total: 20, complete: 20 });
    const figure = (id: string) => json.metrics.find((m: { id: string }) => m.id === id);
    expect(figure("rosh.review")).toMatchObject({ numerator: 5, denominator: 10, percent: 50, quantifier: "half", unanswered: 0, not_applicable: 10 });
    expect(figure("rosh.review").cases.numerator).toHaveLength(5);
    expect(figure("rr.planning")).toMatchObject({ numerator: 12, denominator: 19 });
    expect(figure("rosh.oversight=none")).toMatchObject({ numerator: 2, denominator: 12 });
    expect(json.flags).toEqual([]);
  });

  it("reads the report's way in text and Markdown", async () => {
    const cli = cliHarness();
    await cli.run(["import", DORSET, "--inspection", "dorset-2016"]);
    const text = await cli.run(["summary", "--inspection", "dorset-2016", "--section", "rosh"]);
    expect(text.stdout).toContain("Sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority).");
    expect(text.stdout).not.toContain("Reducing reoffending");
    const md = await cli.run(["summary", "--inspection", "dorset-2016", "--format", "md"]);
    expect(md.stdout).toMatch(/^# /);
    expect(md.stdout).toContain("## Areas needing improvement");
    const bad = await cli.run(["summary", "--inspection", "dorset-2016", "--section", "nope"]);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('"nope" is not a section; use one of rr, rosh, sv, ss, cm');
  });

  it("exports a CSV that imports back to the same figures, and JSON with who, when and the audit trail", async () => {
    const cli = cliHarness();
    await cli.run(["import", DORSET, "--inspection", "dorset-2016"]);
    const exported = await cli.run(["export", "--inspection", "dorset-2016"]);
    expect(exported.code).toBe(0);
    const again = await cli.run(["import", csvFile("round-trip.csv", exported.stdout), "--inspection", "copy"]);
    expect(again.code).toBe(0);
    const a = JSON.parse((await cli.run(["summary", "--inspection", "dorset-2016", "--format", "json"])).stdout);
    const b = JSON.parse((await cli.run(["summary", "--inspection", "copy", "--format", "json"])).stdout);
    expect(b.metrics).toEqual(a.metrics);
    const json = JSON.parse((await cli.run(["export", "--inspection", "dorset-2016", "--format", "json"])).stdout);
    expect(json.cases).toHaveLength(20);
    expect(json.cases[0].answers[0]).toMatchObject({ by: "import", at: "2026-11-25T12:00:00.000Z" });
    expect(json.cases[0].audit.length).toBe(json.cases[0].answers.length);
    expect(json.cases[0].audit[0]).toMatchObject({ action: "import", before: null });
  });

  it("importing the same file twice writes nothing the second time", async () => {
    const cli = cliHarness();
    await cli.run(["import", DORSET, "--inspection", "dorset-2016"]);
    const second = await cli.run(["import", DORSET, "--inspection", "dorset-2016"]);
    expect(second.stdout).toContain("0 answers written");
  });
});

describe("bad input to import", () => {
  const header = "case_ref,case_manager,profile.sentence,profile.psr,rr.psr_quality,rosh.oversight_expected,rosh.oversight";
  const cases: Array<[string, string, RegExp[]]> = [
    ["an unknown column", `${header},colour\nD01,cm-1,community,yes,yes,no,,blue\n`, [/header, column 8 \(colour\): not a question of sqs-youth-2016/]],
    ["an invalid value", `${header}\nD01,cm-1,prison,yes,maybe,no,\n`, [/row 2, profile.sentence: "prison"/, /row 2, rr.psr_quality: "maybe"/]],
    ["a duplicate case ref", `${header}\nD01,cm-1,community,no,,no,\nD01,cm-2,custody,no,,no,\n`, [/row 3, case_ref: D01 is already on row 2/]],
    [
      "an answer to a question that does not apply",
      `${header}\nD01,cm-1,community,no,yes,no,effective\n`,
      [/row 2, rr.psr_quality: answered, but the question does not apply/, /row 2, rosh.oversight: answered/],
    ],
    ["a broken quote", `${header}\nD01,"cm-1,community,no,,no,\n`, [/not valid CSV/]],
    ["a child's name as a case ref", `${header}\nJohn Smith,cm-1,community,no,,no,\n`, [/row 2, case_ref: "John Smith" is not a case ref/]],
  ];
  for (const [what, text, expected] of cases) {
    it(`${what}: exit 2, every problem with its row and column, nothing written`, async () => {
      const cli = cliHarness();
      const result = await cli.run(["import", csvFile(`${what.replace(/\W+/g, "-")}.csv`, text), "--inspection", "bad"]);
      expect(result.code).toBe(2);
      for (const pattern of expected) expect(result.stderr).toMatch(pattern);
      expect(result.stderr).toContain("nothing was imported");
      expect((await cli.run(["inspections", "--format", "json"])).stdout).toBe("[]");
    });
  }

  it("a missing file or option says what to do", async () => {
    const cli = cliHarness();
    expect((await cli.run(["import", join(dir, "missing.csv"), "--inspection", "x"])).stderr).toMatch(/missing.csv: cannot be read \(ENOENT\); check the path/);
    expect((await cli.run(["import", DORSET])).stderr).toMatch(/--inspection is required/);
    expect((await cli.run(["import", DORSET, "--inspection", "Bad Id"])).stderr).toMatch(/--inspection: an inspection id is lower-case/);
    expect((await cli.run(["import", DORSET, "--inspection", "x", "--framework", "nope"])).stderr).toMatch(/unknown framework "nope"/);
    expect((await cli.run(["frobnicate"])).code).toBe(2);
  });

  it("a store that cannot be opened: one line naming STORE_URL, exit 2 (real binary)", async () => {
    const file = csvFile("not-a-folder", "");
    const result = await runBin(["inspections"], { STORE_URL: `sqlite://${file}/x.sqlite` });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^STORE_URL ".*" could not be opened/);
  });
});

describe("casecheck delete", () => {
  it("deletes only after the id is typed again", async () => {
    const cli = cliHarness();
    await cli.run(["import", DORSET, "--inspection", "dorset-2016"]);
    const refused = await cli.run(["delete", "--inspection", "dorset-2016"], ["dorset"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("nothing was deleted");
    expect((await cli.run(["inspections"])).stdout).toContain("dorset-2016");
    const done = await cli.run(["delete", "--inspection", "dorset-2016"], ["dorset-2016"]);
    expect(done).toMatchObject({ code: 0 });
    expect(done.stdout).toContain("Deleted inspection dorset-2016: 20 cases");
    expect((await cli.run(["export", "--inspection", "dorset-2016"])).code).toBe(2);
    expect(readFileSync(DORSET, "utf8").length).toBeGreaterThan(0);
  });
});
