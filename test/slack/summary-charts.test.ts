import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDorset } from "../support/dorset.ts";
import { CHANNEL, PEOPLE, SlackTestBed, setUpInspection } from "../support/slack-testbed.ts";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
  await importDorset(bed.store, bed.now());
});
afterAll(async () => bed?.stop());

describe("a summary post carries a chart per section", () => {
  it("uploads a PNG per section in the post's thread, with alt text stating the published figures", async () => {
    await bed.command(PEOPLE.manager, "summary");
    const post = bed.slack.callsTo("chat.postMessage").find((c) => c.args.channel === CHANNEL && String(c.args.text).startsWith("Summary:"))!;
    expect(post).toBeDefined();
    const charts = bed.slack.files(CHANNEL).filter((f) => f.filename.endsWith(".png"));
    // The five sections of the 2016 framework that are in the summary.
    expect(charts.map((f) => f.title)).toEqual([
      "Reducing reoffending",
      "Protecting the public",
      "Protecting the child or young person",
      "Making sure the sentence is served",
      "Interview with the case manager",
    ]);
    for (const chart of charts) {
      expect(chart.bytes.subarray(0, 8)).toEqual(PNG);
      expect(chart.bytes.length).toBeGreaterThan(5_000);
      expect(chart.thread_ts).toBe(post.response.ts);
    }
    // The report's figures (HMI Probation, Dorset, 2016), not ones worked out by the code under test.
    const publicChart = charts.find((c) => c.title === "Protecting the public")!;
    expect(publicChart.alt_text).toContain("9 of 16 (56%)");
    expect(publicChart.alt_text).toContain("5 of 10 (50%)");
    expect(publicChart.alt_text).toContain("improvement threshold of 75%");
    expect(charts.find((c) => c.title === "Reducing reoffending")!.alt_text).toContain("12 of 19 (63%)");
  });
});
