import { readFileSync } from "node:fs";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { parseAnswersCsv } from "../../src/service/csv-import.ts";
import { importInspection } from "../../src/service/import-inspection.ts";
import { msUntil, postDailySummaries } from "../../src/slack/schedule.ts";
import { CHANNEL, SlackTestBed, setUpInspection } from "../support/slack-testbed.ts";

describe("daily summaries (SUMMARY_POST_TIME)", () => {
  it("waits until the next time of day, never less than a minute", () => {
    const at = (iso: string) => new Date(iso);
    expect(msUntil("16:30", at("2026-11-25T10:00:00Z"))).toBe(6.5 * 3600_000);
    expect(msUntil("16:30", at("2026-11-25T16:29:30Z"))).toBe(24 * 3600_000 + 30_000);
    expect(msUntil("09:00", at("2026-11-25T17:00:00Z"))).toBe(16 * 3600_000);
  });

  let bed: SlackTestBed;
  beforeAll(async () => {
    bed = await SlackTestBed.start();
    await setUpInspection(bed);
    const parsed = parseAnswersCsv(sqsYouth2016, readFileSync("fixtures/inspections/dorset-2016.csv", "utf8"));
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    await importInspection(bed.store, { inspection: { id: "dorset-2016", name: "", framework: sqsYouth2016.id }, rows: parsed.rows, by: "import", at: bed.now() });
  });
  afterAll(async () => bed?.stop());

  it("posts each bound inspection's summary in its channel once a day, whichever instance runs it", async () => {
    const ctx = { deps: { store: bed.store, logger: pino({ level: "silent" }), now: bed.now }, client: bed.app.app.client };
    const before = bed.slack.callsTo("chat.postMessage").length;
    const [first, second] = await Promise.all([postDailySummaries(ctx, "2026-11-25"), postDailySummaries(ctx, "2026-11-25")]);
    expect(first + second).toBe(1);
    const posts = bed.slack.callsTo("chat.postMessage").slice(before);
    expect(posts[0]!.args.channel).toBe(CHANNEL);
    expect(JSON.stringify(posts[0]!.args.blocks)).toContain("Daily summary: Dorset Combined YOS");
    // The published Dorset figure (HMI Probation, 2016), not one worked out by the code under test.
    expect(JSON.stringify(posts.map((p) => p.args.blocks))).toContain("Sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority).");
    expect(await postDailySummaries(ctx, "2026-11-26")).toBe(1);
  });
});
