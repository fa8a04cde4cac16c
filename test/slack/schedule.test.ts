import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDorset } from "../support/dorset.ts";
import { scheduleDue } from "../../src/service/schedule-policy.ts";
import { runSchedules } from "../../src/slack/schedule.ts";
import { CHANNEL, PEOPLE, SlackTestBed, setUpInspection } from "../support/slack-testbed.ts";

describe("schedules in the team's local time", () => {
  const weekdays9 = { days: "weekdays", time: "09:00" } as const;
  it("posts at 09:00 London time in winter (09:00 UTC) and in summer time (08:00 UTC)", () => {
    expect(scheduleDue(weekdays9, "2026-03-27T09:00:00Z", "Europe/London").due).toBe(true);
    expect(scheduleDue(weekdays9, "2026-03-30T08:00:00Z", "Europe/London").due).toBe(true);
    expect(scheduleDue(weekdays9, "2026-03-30T09:00:00Z", "Europe/London").due).toBe(false); // 10:00 BST: an hour late
    expect(scheduleDue(weekdays9, "2026-03-30T07:55:00Z", "Europe/London").due).toBe(false);
  });

  it("keeps weekday schedules off at weekends and daily ones on", () => {
    expect(scheduleDue(weekdays9, "2026-03-28T09:05:00Z", "Europe/London")).toEqual({ due: false, day: "2026-03-28" });
    expect(scheduleDue({ days: "daily", time: "09:00" }, "2026-03-28T09:05:00Z", "Europe/London")).toEqual({ due: true, day: "2026-03-28" });
  });

  let bed: SlackTestBed;
  beforeAll(async () => {
    bed = await SlackTestBed.start();
    await setUpInspection(bed);
    await importDorset(bed.store, bed.now());
  });
  afterAll(async () => bed?.stop());

  it("posts each bound inspection's summary in its channel once a day, whichever instance runs it; a lead's own schedule replaces the default", async () => {
    const ctx = { deps: { store: bed.store, logger: pino({ level: "silent" }), now: bed.now }, client: bed.app.app.client };
    const defaults = { zone: "Europe/London", summary: { days: "daily", time: "16:30" } } as const;
    const before = bed.slack.callsTo("chat.postMessage").length;
    const [first, second] = await Promise.all([runSchedules(ctx, "2026-11-25T16:31:00Z", defaults), runSchedules(ctx, "2026-11-25T16:36:00Z", defaults)]);
    expect([...first, ...second]).toEqual([{ inspection: "dorset-2016", kind: "summary" }]);
    const posts = bed.slack.callsTo("chat.postMessage").slice(before);
    expect(posts[0]!.args.channel).toBe(CHANNEL);
    expect(JSON.stringify(posts[0]!.args.blocks)).toContain("Daily summary: Dorset Combined YOS");
    // The published Dorset figure (HMI Probation, 2016), not one worked out by the code under test.
    expect(JSON.stringify(posts.map((p) => p.args.blocks))).toContain(
      "Sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority).",
    );

    await bed.command(PEOPLE.inspector, "schedule summary weekdays 08:00");
    expect(bed.slack.ephemerals(PEOPLE.inspector).at(-1)!.text).toContain("cannot change roles");
    await bed.command(PEOPLE.lead, "schedule summary weekdays 08:00");
    expect(bed.slack.ephemerals(PEOPLE.lead).at(-1)!.text).toBe("The summary is posted here on weekdays at 08:00, the team's local time.");
    expect(await runSchedules(ctx, "2026-11-26T16:31:00Z", defaults)).toEqual([]);
    expect(await runSchedules(ctx, "2026-11-26T08:01:00Z", defaults)).toEqual([{ inspection: "dorset-2016", kind: "summary" }]);
  });
});
