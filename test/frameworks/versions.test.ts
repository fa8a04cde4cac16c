import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliHarness } from "../support/cli.ts";

/** A changed file never silently re-scores an inspection under way: it keeps the version it
 * started with, and says so. */
const dir = mkdtempSync(join(tmpdir(), "casecheck-versions-"));
const file = join(dir, "mini.yaml");
const version = (v: number, threshold: number) => `id: mini
version: ${v}
name: Mini
sections:
  - id: s
    title: S
    short: s
    questions:
      - { id: s.ok, kind: judgement, audience: insp, text: OK?, phrase: work that was OK }
quantifiers: [ { word: some, min: 0 } ]
standards: [ { id: s, title: S, keyQuestions: [ s.ok ] } ]
rating:
  bands: [ { word: Good, min: ${threshold}, points: 1 }, { word: Poor, min: 0, points: 0 } ]
  overall: [ { word: Good, min: 1 }, { word: Poor, min: 0 } ]
`;
const csv = join(dir, "a.csv");
writeFileSync(csv, "case_ref,case_manager,s.ok\nM01,cm,yes\nM02,cm,yes\nM03,cm,no\n");

describe("framework versions", () => {
  it("keeps scoring an inspection by the version it started with when the file changes, and says so", async () => {
    writeFileSync(file, version(1, 60));
    const cli = cliHarness(undefined, { FRAMEWORKS_DIR: dir });
    await cli.run(["import", csv, "--inspection", "old", "--framework", "mini"]);
    const rating = async (id: string) => JSON.parse((await cli.run(["summary", "--inspection", id, "--format", "json"])).stdout);
    expect((await rating("old")).ratings.standards[0].rating).toBe("Good");

    // The team raises the bar in version 2: 66.7% is no longer Good.
    writeFileSync(file, version(2, 70));
    const old = await rating("old");
    expect(old.ratings.standards[0].rating).toBe("Good");
    expect(old.inspection).toMatchObject({
      frameworkVersion: 1,
      frameworkNote: "Scored by Mini version 1, which this inspection started with; the file is now version 2.",
    });
    expect((await cli.run(["summary", "--inspection", "old"])).stdout).toContain("Scored by Mini version 1");
    expect((await cli.run(["inspections"])).stdout).toContain(
      "old  old  (mini version 1)  3 of 3 cases complete\n    Scored by Mini version 1, which this inspection started with; the file is now version 2.",
    );

    // A new inspection starts on version 2.
    await cli.run(["import", csv, "--inspection", "new", "--framework", "mini"]);
    const fresh = await rating("new");
    expect(fresh.ratings.standards[0].rating).toBe("Poor");
    expect(fresh.inspection.frameworkVersion).toBe(2);
    expect(fresh.inspection.frameworkNote).toBeUndefined();
  });
});

describe("the shipped frameworks", () => {
  it("the JSON Schema in frameworks/ is the one the schema generates (run `casecheck framework schema`)", async () => {
    const printed = await cliHarness().run(["framework", "schema"]);
    expect(JSON.parse(readFileSync("frameworks/framework.schema.json", "utf8"))).toEqual(JSON.parse(printed.stdout));
    expect(JSON.parse(printed.stdout).additionalProperties).toBe(false);
  });

  it("every shipped file passes framework check", async () => {
    const cli = cliHarness();
    for (const name of ["sqs-youth-2016.yaml", "hmip-youth-court-2021.yaml"])
      expect(await cli.run(["framework", "check", `frameworks/${name}`])).toMatchObject({ code: 0, stderr: "" });
  });

  it("the youth court-disposal demo rates as its README says: lowest key question, band, points", async () => {
    const cli = cliHarness();
    await cli.run(["import", "fixtures/inspections/youth-court-demo.csv", "--inspection", "ycd", "--framework", "hmip-youth-court-2021"]);
    const { ratings } = JSON.parse((await cli.run(["summary", "--inspection", "ycd", "--format", "json"])).stdout);
    // Counted from the CSV: planning.others_safety 6 of 11 is planning's lowest.
    expect(ratings.standards.map((s: { id: string; rating: string; lowest: { metric: string } }) => [s.id, s.rating, s.lowest.metric])).toEqual([
      ["assessment", "Good", "assessment.child_safety"],
      ["planning", "Requires improvement", "planning.others_safety"],
      ["delivery", "Outstanding", "delivery.desistance"],
      ["reviewing", "Requires improvement", "reviewing.child_safety"],
    ]);
    // 7 of 12 points is 58%: Good on the scaled bands (19/36 = 52.7%), as the file's description says.
    expect(ratings.overall).toEqual({ rating: "Good", points: 7, max: 12 });
  });
});
