import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.ts";
import { cliHarness, runBin } from "../support/cli.ts";
import { docxText, pdfText } from "../support/read-report.ts";

const DORSET = "fixtures/inspections/dorset-2016.csv";
const dir = mkdtempSync(join(tmpdir(), "casecheck-report-"));

describe("casecheck report", () => {
  it("prints Markdown and HTML, and writes PDF and Word only to a file", async () => {
    const cli = cliHarness();
    await cli.run(["import", DORSET, "--inspection", "dorset-2016", "--name", "Dorset 2016"]);
    const md = await cli.run(["report", "--inspection", "dorset-2016"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Report of Short Quality Screening/);
    expect(md.stdout).toContain("2.3. We found sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority).");
    const html = await cli.run(["report", "--inspection", "dorset-2016", "--format", "html"]);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain("<svg");
    expect(html.stdout).not.toMatch(/(src|href)="https?:/);

    const refused = await cli.run(["report", "--inspection", "dorset-2016", "--format", "pdf"]);
    expect(refused).toMatchObject({ code: 2, stdout: "" });
    expect(refused.stderr).toContain("--format pdf writes a file: add --out FILE");

    const pdf = join(dir, "dorset.pdf");
    const written = await cli.run(["report", "--inspection", "dorset-2016", "--format", "pdf", "--out", pdf]);
    expect(written.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(await pdfText(readFileSync(pdf))).toContain("9 of the 16 applicable cases");
    const docx = join(dir, "dorset.docx");
    expect((await cli.run(["report", "--inspection", "dorset-2016", "--format", "docx", "--out", docx])).code).toBe(0);
    expect(await docxText(readFileSync(docx))).toContain("9 of the 16 applicable cases");

    expect(await cli.run(["report", "--inspection", "nowhere"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('There is no inspection "nowhere"'),
    });
    expect(await cli.run(["report", "--inspection", "dorset-2016", "--format", "odt"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--format must be one of md, html, pdf, docx"),
    });
  }, 30_000);

  it("report set stores the lead's text with who and when, keeps every edit, and exports them", async () => {
    const cli = cliHarness();
    await cli.run(["import", DORSET, "--inspection", "dorset-2016"]);
    const file = join(dir, "strengths.md");
    writeFileSync(file, "- Good initial assessments\n- Practical reparation\n");
    expect((await cli.run(["report", "set", "--inspection", "dorset-2016", "--part", "key_strengths", "--file", file])).code).toBe(0);
    const piped = await cli.run(
      ["report", "set", "--inspection", "dorset-2016", "--part", "context", "--file", "-"],
      ["The YOS was created by a merger.", "", "It took on AssetPlus."],
    );
    expect(piped).toMatchObject({ code: 0, stdout: "Stored context of dorset-2016 (55 characters)." });
    await cli.run(["report", "set", "--inspection", "dorset-2016", "--part", "context", "--file", "-"], ["The YOS was created by a merger in July 2015."]);

    const md = (await cli.run(["report", "--inspection", "dorset-2016"])).stdout;
    expect(md).toContain("## Context\n\nThe YOS was created by a merger in July 2015.\n");
    expect(md).toContain("## Key strengths\n\n- Good initial assessments\n- Practical reparation\n");

    const json = JSON.parse((await cli.run(["export", "--inspection", "dorset-2016", "--format", "json"])).stdout);
    expect(json.report.parts.context).toMatchObject({ text: "The YOS was created by a merger in July 2015.", at: "2026-11-25T12:00:00.000Z" });
    expect(json.report.history.map((h: { part: string; text: string }) => [h.part, h.text.slice(0, 20)])).toEqual([
      ["context", "The YOS was created "],
      ["context", "The YOS was created "],
      ["key_strengths", "- Good initial asses"],
    ]);

    const bad = await cli.run(["report", "set", "--inspection", "dorset-2016", "--part", "weather", "--file", file]);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('"weather" is not a part of the report; use one of context, summary, operational_management, key_strengths, improvements.');
    expect(await cli.run(["report", "set", "--inspection", "dorset-2016", "--part", "context", "--file", join(dir, "missing.md")])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("cannot read"),
    });
    expect(await cli.run(["report", "set", "--inspection", "dorset-2016", "--part", "context", "--file", "-"], ["x".repeat(20_001)])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("at most 20000"),
    });

    // Deleting the inspection takes the report's parts and their trail with it.
    await cli.run(["delete", "--inspection", "dorset-2016", "--yes"]);
    const store = await openStore(cli.storeUrl);
    expect(await store.listValues("report-")).toEqual([]);
    await store.close();
  }, 30_000);

  it("runs as the real binary and leaves no partial file when it fails", async () => {
    const env = { STORE_URL: `sqlite://${join(dir, "bin.sqlite")}` };
    await runBin(["import", DORSET, "--inspection", "dorset-2016"], env);
    const out = join(dir, "bin.docx");
    const done = await runBin(["report", "--inspection", "dorset-2016", "--format", "docx", "--out", out], env);
    expect(done.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const nowhere = join(dir, "no-such-folder", "x.pdf");
    expect((await runBin(["report", "--inspection", "dorset-2016", "--format", "pdf", "--out", nowhere], env)).code).not.toBe(0);
    expect(existsSync(nowhere)).toBe(false);
  }, 60_000);
});
