import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliHarness, runBin } from "../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "casecheck-import-safety-"));
const csvFile = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const HEADER = "case_ref,case_manager,profile.sentence,profile.sentence#note,profile.psr,rosh.oversight_expected";
const notesOf = async (cli: ReturnType<typeof cliHarness>, id: string) => {
  const json = JSON.parse((await cli.run(["export", "--inspection", id, "--format", "json"])).stdout);
  return Object.fromEntries(
    json.cases.map((c: { ref: string; manager: string; answers: Array<{ question: string; note?: string }> }) => [
      c.ref,
      { manager: c.manager, note: c.answers.find((a) => a.question === "profile.sentence")?.note },
    ]),
  );
};

describe("nothing exported that a spreadsheet would run", () => {
  // As typed in the file: `''=…` is the exported form of a note that really starts `'=`.
  const hostile = ['=HYPERLINK("http://evil.example","click")', "+SUM(1+1)", "@SUM(1)", "-2+3", "''=already quoted", "\tTAB", "plain, with a comma"];

  it("neutralises formula-like notes and case managers on export, and import restores them exactly", async () => {
    const cli = cliHarness();
    const rows = hostile.map((note, i) => [`D0${i + 1}`, i === 0 ? "=cmd|' /C calc'!A0" : `cm-${i}`, "community", note, "no", "no"]);
    const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
    const text = [HEADER, ...rows.map((r) => r.map(quote).join(","))].join("\n");
    expect((await cli.run(["import", csvFile("hostile.csv", text), "--inspection", "orig"])).code).toBe(0);
    const exported = (await cli.run(["export", "--inspection", "orig"])).stdout;
    // Every cell of the CSV: none may start with a character that makes it a formula.
    const { parse } = await import("csv-parse/sync");
    const cells = (parse(exported) as string[][]).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(cells).toContain("''=already quoted");
    // The round trip is exact.
    expect((await cli.run(["import", csvFile("hostile-back.csv", exported), "--inspection", "copy"])).code).toBe(0);
    expect(await notesOf(cli, "copy")).toEqual(await notesOf(cli, "orig"));
    expect((await notesOf(cli, "orig")).D01).toEqual({ manager: "=cmd|' /C calc'!A0", note: hostile[0] });
    expect((await notesOf(cli, "copy")).D05!.note).toBe("'=already quoted");
  });
});

describe("case refs compared without regard to case", () => {
  it("a row for d07 updates case D07 (kept as first written), and the export imports again", async () => {
    const cli = cliHarness();
    expect((await cli.run(["import", csvFile("upper.csv", `${HEADER}\nD07,cm-1,community,,no,no\n`), "--inspection", "refs"])).code).toBe(0);
    const second = await cli.run(["import", csvFile("lower.csv", `${HEADER}\nd07,cm-1,community,a note,no,no\n`), "--inspection", "refs"]);
    expect(second.stdout).toContain("1 cases (0 new)");
    expect(Object.keys(await notesOf(cli, "refs"))).toEqual(["D07"]);
    expect((await notesOf(cli, "refs")).D07!.note).toBe("a note");
    const exported = (await cli.run(["export", "--inspection", "refs"])).stdout;
    expect((await cli.run(["import", csvFile("refs-again.csv", exported), "--inspection", "refs-copy"])).code).toBe(0);
  });

  it("refuses a file with D07 and d07 as two rows", async () => {
    const cli = cliHarness();
    const result = await cli.run(["import", csvFile("clash.csv", `${HEADER}\nD07,cm-1,community,,no,no\nd07,cm-1,custody,,no,no\n`), "--inspection", "clash"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/row 3, case_ref: d07 is already on row 2/);
  });
});

describe("files as spreadsheets save them", () => {
  it("reads a semicolon-separated file with option labels instead of ids", async () => {
    const cli = cliHarness();
    const text = `${HEADER.replace(/,/g, ";")}\nD01;cm-1;Community;late; it was;No;No\nD02;cm-2;custody;;yes;no\n`.replace("late; it was", '"late; it was"');
    const result = await cli.run(["import", csvFile("semicolons.csv", text), "--inspection", "semi"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse((await cli.run(["export", "--inspection", "semi", "--format", "json"])).stdout);
    expect(json.cases[0].answers.find((a: { question: string }) => a.question === "profile.sentence")).toMatchObject({
      value: "community",
      note: "late; it was",
    });
    expect(json.cases[1].answers.find((a: { question: string }) => a.question === "profile.psr")).toMatchObject({ value: "yes" });
  });
});

describe("an import killed part-way", () => {
  const ROWS = 4000;
  const big = () => {
    const lines = [HEADER];
    for (let i = 0; i < ROWS; i++) lines.push(`K${i},cm-${i % 7},${i % 2 ? "community" : "custody"},note ${i},${i % 3 ? "yes" : "no"},no`);
    return csvFile("big.csv", `${lines.join("\n")}\n`);
  };

  it("leaves all, nothing, or an import marked incomplete that the next run finishes (SIGKILL at random points)", async () => {
    const file = big();
    const seen = new Set<string>();
    for (let attempt = 0; attempt < 3; attempt++) {
      const env = { STORE_URL: `sqlite://${join(dir, `killed-${attempt}.sqlite`)}` };
      const child = spawn(process.execPath, ["bin/casecheck.js", "import", file, "--inspection", "big"], {
        env: { ...process.env, ...env, LLM: "off" },
        stdio: "ignore",
      });
      // Listened for from the start: an import that finishes before the kill has exited already.
      const exited = new Promise((r) => child.once("exit", r));
      await new Promise((r) => setTimeout(r, 600 + Math.random() * 2000));
      child.kill("SIGKILL");
      await exited;
      const listed = JSON.parse((await runBin(["inspections", "--format", "json"], env)).stdout) as Array<{
        cases: number;
        complete: number;
        incomplete: boolean;
      }>;
      const state = listed.length === 0 ? "nothing" : listed[0]!.incomplete ? "incomplete" : "all";
      seen.add(state);
      if (state === "all") expect(listed[0]!.cases).toBe(ROWS);
      if (state === "incomplete") {
        expect(listed[0]!.complete).toBe(0);
        const summary = await runBin(["summary", "--inspection", "big"], env);
        expect(summary.code).toBe(2);
        expect(summary.stderr).toMatch(/unfinished import .*Import the same file again to finish it/);
      }
      const again = await runBin(["import", file, "--inspection", "big"], env);
      expect(again.code).toBe(0);
      const after = JSON.parse((await runBin(["inspections", "--format", "json"], env)).stdout);
      expect(after).toMatchObject([{ id: "big", cases: ROWS, incomplete: false }]);
    }
    expect(seen.size).toBeGreaterThan(0);
  }, 240_000);
});
