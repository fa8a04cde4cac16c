import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { cliHarness } from "../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "casecheck-sheet-"));
const cli = cliHarness();

type Rows = Array<Array<string | number | boolean>>;
type Sheets = { settings: Rows; sections: Rows; questions: Rows; options: Rows; standards?: Rows };

/** A workbook as an inspection team would fill it in: a header row, then one row per thing. */
const SHEETS: Sheets = {
  settings: [
    ["id", "version", "name", "description"],
    ["sheet-audit", 2, "Sheet audit", "Written in a spreadsheet."],
  ],
  sections: [
    ["id", "title", "short", "in_summary"],
    ["facts", "Facts", "facts", "no"],
    ["work", "The work", "work", "yes"],
  ],
  questions: [
    ["section", "id", "kind", "audience", "text", "phrase", "applies", "hint"],
    ["facts", "facts.setting", "choice", "cm", "Where is the child?", "living", "", ""],
    ["work", "work.plan", "judgement", "insp", "Is there a plan?", "a plan", "", "Look at the file."],
    ["work", "work.home_visit", "judgement", "insp", "Was the home visited?", "a home visit", "facts.setting = home|foster", ""],
  ],
  options: [
    ["question", "id", "label", "positive"],
    ["facts.setting", "home", "At home", ""],
    ["facts.setting", "foster", "In foster care", ""],
    ["facts.setting", "custody", "In custody", ""],
  ],
  standards: [
    ["id", "title", "key_questions"],
    ["casework", "Casework", "work.plan (planning); work.home_visit"],
  ],
};

async function workbook(name: string, sheets: Partial<Sheets>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows ?? []);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("casecheck framework from-sheet", () => {
  it("turns a workbook into a framework file that framework check accepts", async () => {
    const out = join(dir, "sheet-audit.yaml");
    const made = await cli.run(["framework", "from-sheet", await workbook("good", SHEETS), "--out", out]);
    expect(made).toMatchObject({ code: 0, stderr: "" });
    const checked = await cli.run(["framework", "check", out]);
    expect(checked.stdout).toContain("framework sheet-audit version 2 is valid: 2 sections, 3 questions, 1 rated standards");
    const printed = parse((await cli.run(["framework", "from-sheet", await workbook("good2", SHEETS)])).stdout);
    expect(printed.sections[1].questions[1].applies).toEqual([{ question: "facts.setting", in: ["home", "foster"] }]);
    expect(printed.sections[0].inSummary).toBe(false);
    expect(printed.sections[1].questions[0].hint).toBe("Look at the file.");
    expect(printed.standards[0].keyQuestions).toEqual([{ metric: "work.plan", label: "planning" }, "work.home_visit"]);
    expect(printed.sections[0].questions[0].options.map((o: { id: string }) => o.id)).toEqual(["home", "foster", "custody"]);
  });

  it("reports every problem by sheet, row and column, and writes nothing", async () => {
    const broken: Sheets = structuredClone(SHEETS);
    broken.questions[2]![2] = "scale"; // row 3, column C: an unknown kind
    broken.questions[3]![6] = "facts.nowhere = yes"; // row 4, column G: an unknown question
    broken.options.push(["work.missing", "x", "X", ""]); // row 5: option for no question
    const out = join(dir, "never.yaml");
    const first = await cli.run(["framework", "from-sheet", await workbook("broken", broken), "--out", out]);
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/sheet options, row 5, column A \(question\): "work\.missing" is not a question in the questions sheet/);
    // With the option fixed, the schema and reference problems are located too.
    broken.options.pop();
    const second = await cli.run(["framework", "from-sheet", await workbook("broken2", broken), "--out", out]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      /sheet questions, row 3, column C \(kind\): work\.plan: unknown kind; a question is one of judgement, gate, choice, multi \(unknown_kind\)/,
    );
    const third = await cli.run([
      "framework",
      "from-sheet",
      await workbook("broken3", {
        ...broken,
        questions: SHEETS.questions.map((r, i) => (i === 3 ? r.map((c, j) => (j === 6 ? "facts.nowhere = yes" : c)) : r)),
      }),
      "--out",
      out,
    ]);
    expect(third.stderr).toMatch(
      /sheet questions, row 4, column G \(applies\): work\.home_visit: refers to facts\.nowhere, which is not a question \(unknown_question\)/,
    );
    expect(third.stderr).toContain("no framework file was written");
    expect((await cli.run(["framework", "check", out])).stderr).toContain("cannot be read (ENOENT)");
  });

  it("names a missing sheet", async () => {
    const { standards: _standards, ...rest } = SHEETS;
    const result = await cli.run(["framework", "from-sheet", await workbook("missing", rest)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('workbook: there is no sheet named "standards"');
  });
});
