import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TICK_EVERY_MS, startTicker } from "../../src/slack/ticker.ts";
import { PEOPLE, SlackTestBed, setUpInspection } from "../support/slack-testbed.ts";

let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
  await bed.command(PEOPLE.inspector, `case A01 <@${PEOPLE.caseManager}|sam>`);
});
afterAll(async () => bed?.stop());

describe("the ticker", () => {
  it("runs reminders every five minutes on its clock, and not once stopped", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      let now = "2026-03-23T08:58:00Z"; // Monday, two minutes before working hours in London
      const ctx = { deps: { store: bed.store, logger: pino({ level: "silent" }), now: bed.now }, client: bed.app.app.client };
      const stop = startTicker(ctx, { zone: "Europe/London" }, () => now);
      const reminders = () => bed.slack.callsTo("chat.postMessage").filter((c) => /wait for you:/.test(c.args.text));
      await vi.advanceTimersByTimeAsync(TICK_EVERY_MS);
      await vi.waitFor(() => expect(bed.slack.callsTo("users.info").length).toBeGreaterThan(0));
      expect(reminders()).toEqual([]);
      now = "2026-03-23T09:03:00Z";
      // A round still running when the next is due is not overlapped, so tick until one has run.
      await vi.waitFor(async () => {
        await vi.advanceTimersByTimeAsync(TICK_EVERY_MS);
        expect(
          reminders()
            .map((c) => c.args.channel)
            .sort(),
        ).toEqual([PEOPLE.inspector, PEOPLE.caseManager].sort());
      });
      stop();
      now = "2026-03-26T09:03:00Z";
      await vi.advanceTimersByTimeAsync(TICK_EVERY_MS * 3);
      expect(reminders()).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
