import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startCase } from "../../src/service/cases.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";
import { interceptStore } from "../support/intercept-store.ts";
import { PEOPLE, SlackTestBed, clickAnswer, setUpInspection } from "../support/slack-testbed.ts";

const I = PEOPLE.inspector;
const stores: Array<[string, () => Promise<Store>]> = [
  ["memory", () => openStore("memory://")],
  ["sqlite", () => openStore(`sqlite://${join(mkdtempSync(join(tmpdir(), "casecheck-held-")), "held.sqlite")}`)],
];

for (const [name, open] of stores) {
  describe(`an answer in flight across a delete (${name})`, () => {
    it("is refused, and does not reach the inspection created again with the same id", async () => {
      const inner = await open();
      let reached!: () => void;
      const atStore = new Promise<void>((r) => (reached = r));
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let first = true;
      const store = interceptStore(inner, async (method) => {
        if (method !== "saveAnswers" || !first) return;
        first = false;
        reached();
        await held;
      });
      const bed = await SlackTestBed.start({ store });
      try {
        await setUpInspection(bed);
        await bed.command(I, "case D01");
        const click = clickAnswer(bed, "D01", "community");
        await atStore;
        // The lead deletes the inspection while the click waits on the store, and starts it
        // again with the same ids (straight on the store: the app is busy with the click).
        await inner.deleteInspection("dorset-2016");
        const again = "2026-02-01T09:00:00.000Z";
        await inner.saveInspection({ id: "dorset-2016", name: "Again", framework: "sqs-youth-2016", createdAt: again, createdBy: PEOPLE.lead });
        expect(await startCase(inner, { inspection: "dorset-2016", ref: "D01", by: I, at: again })).toMatchObject({ ok: true, created: true });
        release();
        await click;
        expect(await inner.getAnswers("dorset-2016", "D01")).toEqual({});
        expect(await inner.listAudit("dorset-2016")).toEqual([]);
        expect(bed.slack.ephemerals(I).at(-1)?.text).toContain("was deleted meanwhile, so nothing was recorded");
      } finally {
        await bed.stop();
        await inner.close();
      }
    });
  });
}

describe("case refs in Slack", () => {
  it("/casecheck case d07 carries on case D07, as first written", async () => {
    const bed = await SlackTestBed.start();
    try {
      await setUpInspection(bed);
      await bed.command(I, "case D07");
      await clickAnswer(bed, "D07", "community");
      await bed.command(I, "case d07");
      expect((await bed.store.listCases("dorset-2016")).map((c) => c.ref)).toEqual(["D07"]);
      expect(bed.slack.ephemerals(I).at(-1)?.text).toContain("Case D07 carries on in its thread");
    } finally {
      await bed.stop();
    }
  });
});
