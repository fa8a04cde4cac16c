import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/service/demo.ts";
import { cliHarness } from "../support/cli.ts";
import type { SlackJson } from "../support/fake-slack.ts";
import { docxText, pdfText } from "../support/read-report.ts";
import { limitProblems } from "../support/slack-block-limits.ts";
import { CHANNEL, PEOPLE, SlackTestBed, clickAnswer, setUpInspection } from "../support/slack-testbed.ts";

let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
  await loadDemo(bed.store, "2016-09-14T17:00:00.000Z");
});
afterAll(async () => bed?.stop());

const lastTold = (user: string) => bed.slack.ephemerals(user).at(-1)!;
const newFiles = async (work: () => Promise<unknown>) => {
  const before = bed.slack.files().length;
  await work();
  return bed.slack.files().slice(before);
};

describe("/casecheck report", () => {
  it("pdf: uploads a real PDF of the draft report to the inspection's channel, with a one-line summary", async () => {
    const calls = bed.slack.calls.length;
    const [file, ...more] = await newFiles(() => bed.command(PEOPLE.manager, "report pdf"));
    expect(more).toEqual([]);
    expect(bed.slack.calls.slice(calls).map((c) => c.method)).toEqual(["files.getUploadURLExternal", "upload", "files.completeUploadExternal"]);
    expect(file).toMatchObject({
      channel: CHANNEL,
      filename: "dorset-2016-draft-report.pdf",
      title: "Draft report: Dorset Combined Youth Offending Service, SQS September 2016",
    });
    expect(file!.initial_comment).toBe(
      `Draft report of Dorset Combined Youth Offending Service, SQS September 2016, asked for by <@${PEOPLE.manager}>: 20 cases, 5 sections, 13 areas requiring improvement.`,
    );
    expect(file!.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(file!.bytes);
    expect(text).toContain("2. Protecting the public");
    expect(text).toContain("9 of the 16 applicable cases");
  }, 30_000);

  it("docx and md: the same report in the format asked for; inspectors and strangers are refused", async () => {
    const [docx] = await newFiles(() => bed.command(PEOPLE.lead, "report docx"));
    expect(docx!.filename).toBe("dorset-2016-draft-report.docx");
    expect(await docxText(docx!.bytes)).toContain("9 of the 16 applicable cases");
    const [md] = await newFiles(() => bed.command(PEOPLE.lead, "report md"));
    expect(md!.bytes.toString()).toMatch(/^# Report of Short Quality Screening/);
    expect(await newFiles(() => bed.command(PEOPLE.inspector, "report"))).toEqual([]);
    expect(lastTold(PEOPLE.inspector).text).toBe("As an inspector you cannot ask for the draft report; that needs a lead inspector or a manager.");
    await bed.command(PEOPLE.lead, "report odt");
    expect(lastTold(PEOPLE.lead).text).toContain("`odt` is not a format of the report");
  }, 30_000);

  it("edit: the lead gets a modal with a box per part, prefilled; what is saved appears in the report", async () => {
    await bed.command(PEOPLE.manager, "report edit");
    expect(lastTold(PEOPLE.manager).text).toContain("As a manager you cannot write the report's narrative");
    await bed.command(PEOPLE.lead, "report edit");
    const view = bed.slack.callsTo("views.open").at(-1)!.args.view as SlackJson;
    expect(view.callback_id).toBe("report_edit");
    expect(limitProblems("view", view.blocks)).toEqual([]);
    const inputs = view.blocks.filter((b: SlackJson) => b.type === "input");
    expect(inputs.map((b: SlackJson) => b.block_id)).toEqual(["context", "summary", "operational_management", "key_strengths", "improvements"]);
    const improvements = inputs.at(-1).element;
    expect(improvements.initial_value).toContain("- No clear risk management plan: 7 of the 10 cases of medium or higher risk of serious harm (70%).");
    expect(improvements.max_length).toBe(3000);
    expect(inputs[0].hint.text).toContain("Up to 3,000 characters here");

    const value = (v: string) => ({ type: "plain_text_input", value: v });
    await bed.submit(
      PEOPLE.lead,
      { callback_id: "report_edit", private_metadata: view.private_metadata },
      {
        context: { context: value("The YOS was created by a merger in July 2015.") },
        summary: { summary: value("") },
        operational_management: { operational_management: value("") },
        key_strengths: { key_strengths: value("- Good initial assessments\n- Practical reparation") },
        improvements: { improvements: value(improvements.initial_value) },
      },
    );
    expect(lastTold(PEOPLE.lead).text).toBe("Saved the report's context, key strengths. `/casecheck report` shows the draft.");
    const [md] = await newFiles(() => bed.command(PEOPLE.lead, "report md"));
    expect(md!.bytes.toString()).toContain("## Context\n\nThe YOS was created by a merger in July 2015.\n");
    expect(md!.bytes.toString()).toContain("## Key strengths\n\n- Good initial assessments\n- Practical reparation\n");

    await bed.command(PEOPLE.lead, "report edit");
    const again = bed.slack.callsTo("views.open").at(-1)!.args.view as SlackJson;
    expect(again.blocks.find((b: SlackJson) => b.block_id === "context").element.initial_value).toBe("The YOS was created by a merger in July 2015.");
  }, 30_000);

  it("names unfinished cases as a warning", async () => {
    await bed.command(PEOPLE.inspector, `case D21 <@${PEOPLE.caseManager}|sam>`);
    await clickAnswer(bed, "D21", "custody", PEOPLE.caseManager);
    const [file] = await newFiles(() => bed.command(PEOPLE.lead, "report md"));
    expect(file!.initial_comment).toContain(":warning: 1 of the 21 cases are not finished (D21); the figures count the answers so far.");
  }, 30_000);
});

describe("/casecheck export", () => {
  it("sends the lead the CSV as a file in a direct message, which imports back to the same figures", async () => {
    const [file] = await newFiles(() => bed.command(PEOPLE.lead, "export"));
    expect(bed.slack.callsTo("conversations.open").at(-1)!.args.users).toBe(PEOPLE.lead);
    expect(file).toMatchObject({ channel: "D0LEAD", filename: "dorset-2016-answers.csv" });
    expect(lastTold(PEOPLE.lead).text).toContain("Sent you the CSV export of `dorset-2016` (21 cases) as a file");

    const path = join(mkdtempSync(join(tmpdir(), "casecheck-export-")), "answers.csv");
    writeFileSync(path, file!.bytes);
    const cli = cliHarness();
    expect((await cli.run(["import", path, "--inspection", "again"])).code).toBe(0);
    const figures = async (run: () => Promise<{ stdout: string }>) =>
      JSON.parse((await run()).stdout).metrics.map((m: SlackJson) => [m.id, m.numerator, m.denominator, m.unanswered]);
    const reimported = await figures(() => cli.run(["summary", "--inspection", "again", "--format", "json"]));
    const original = cliHarness();
    await original.run(["import", "fixtures/inspections/dorset-2016.csv", "--inspection", "dorset-2016"]);
    const published = await figures(() => original.run(["summary", "--inspection", "dorset-2016", "--format", "json"]));
    // The Dorset figures, plus case D21's one answer (custody), which counts only as unanswered elsewhere.
    expect(reimported.find((f: SlackJson[]) => f[0] === "rosh.planning")).toEqual(["rosh.planning", 9, 16, 1]);
    expect(reimported.map((f: SlackJson[]) => f.slice(0, 3))).toEqual(
      published.map((f: SlackJson[]) =>
        f[0] === "profile.sentence=custody" ? [f[0], 4, 21] : f[0] === "profile.sentence=community" ? [f[0], f[1], 21] : f.slice(0, 3),
      ),
    );
  }, 60_000);

  it("json: everything with the audit trail and the report's narrative, as a file", async () => {
    const [file] = await newFiles(() => bed.command(PEOPLE.lead, "export json"));
    const json = JSON.parse(file!.bytes.toString());
    expect(json.cases).toHaveLength(21);
    expect(json.cases.find((c: SlackJson) => c.ref === "D21").audit[0]).toMatchObject({ action: "answer", by: PEOPLE.caseManager });
    expect(json.report.history.map((h: SlackJson) => [h.part, h.by])).toEqual([
      ["context", PEOPLE.lead],
      ["key_strengths", PEOPLE.lead],
    ]);
    await bed.command(PEOPLE.manager, "export");
    expect(lastTold(PEOPLE.manager).text).toContain("As a manager you cannot export answers");
  });

  it("exports a 500-case inspection with 2,000-character notes whole", async () => {
    const big = await SlackTestBed.start();
    try {
      await setUpInspection(big, "big-2026");
      const note = (i: number) => `Evidence for case ${i}: ${"the plan was reviewed with the family and partners, ".repeat(40)}`.slice(0, 2000);
      for (let i = 1; i <= 500; i++) {
        const ref = `B${String(i).padStart(3, "0")}`;
        await big.store.saveCase({ inspection: "big-2026", ref, createdAt: "2026-01-05T09:00:00Z", createdBy: PEOPLE.lead, skipped: [], paused: false });
        await big.store.saveAnswers(
          "big-2026",
          ref,
          [{ question: "profile.sentence", value: "community", note: note(i), by: PEOPLE.inspector, at: "2026-01-05T09:00:00Z" }],
          [],
        );
      }
      const before = big.slack.files().length;
      await big.command(PEOPLE.lead, "export");
      const [file] = big.slack.files().slice(before);
      const rows = parse(file!.bytes, { columns: true }) as Array<Record<string, string>>;
      expect(rows).toHaveLength(500);
      expect(rows.at(-1)!.case_ref).toBe("B500");
      expect(rows.every((r, i) => r["profile.sentence#note"] === note(i + 1))).toBe(true);
      expect(file!.bytes.length).toBeGreaterThan(1_000_000);
    } finally {
      await big.stop();
    }
  }, 60_000);
});
