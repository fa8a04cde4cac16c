import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.ts";
import { StoreUnavailableError } from "../../src/store/store.ts";
import { interceptStore } from "../support/intercept-store.ts";
import { slashCommand } from "../support/slack-payloads.ts";
import { CHANNEL, PEOPLE, SlackTestBed, clickAnswer, setUpInspection, sign } from "../support/slack-testbed.ts";

const I = PEOPLE.inspector;
const seconds = () => Math.floor(Date.now() / 1000);

describe("request timestamps", () => {
  it("refuses a request stamped more than five minutes ahead or behind, and takes one within", async () => {
    const bed = await SlackTestBed.start();
    try {
      const request = slashCommand(PEOPLE.lead, CHANNEL, "new stamped-ahead");
      expect((await bed.send(request, sign(request.body, undefined, seconds() + 3600))).status).toBe(401);
      expect((await bed.send(request, sign(request.body, undefined, seconds() + 6 * 60))).status).toBe(401);
      expect((await bed.send(request, sign(request.body, undefined, seconds() - 6 * 60))).status).toBe(401);
      expect(await bed.store.getInspection("stamped-ahead")).toBeUndefined();
      expect((await bed.send(request, sign(request.body, undefined, seconds() + 4 * 60))).status).toBe(200);
      expect(await bed.store.getInspection("stamped-ahead")).toBeDefined();
    } finally {
      await bed.stop();
    }
  });
});

describe("for operators", () => {
  it("GET /healthz answers while the process runs; GET /readyz only while the store answers", async () => {
    let down = false;
    const store = interceptStore(await openStore("memory://"), (method) => {
      if (down && method === "getValue") throw new StoreUnavailableError("the store could not read a value (ECONNREFUSED)");
    });
    const bed = await SlackTestBed.start({ store });
    const base = bed.url.replace("/slack/events", "");
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      down = true;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ ok: false });
    } finally {
      await bed.stop();
      await store.close();
    }
  });

  it("on stop, takes no new request and finishes the click in flight before the store closes", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atStore = new Promise<void>((r) => (reached = r));
    let hold = false;
    const inner = await openStore("memory://");
    const store = interceptStore(inner, async (method) => {
      if (hold && method === "saveAnswers") {
        hold = false;
        reached();
        await held;
      }
    });
    const bed = await SlackTestBed.start({ store });
    await setUpInspection(bed);
    await bed.command(I, "case D01");
    hold = true;
    const click = clickAnswer(bed, "D01", "community");
    await atStore;
    let stopped = false;
    const stopping = bed.app.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 100));
    // No new request is taken once stopping has begun…
    const request = slashCommand(PEOPLE.lead, CHANNEL, "status");
    await expect(
      fetch(bed.url, { method: "POST", headers: { "content-type": request.contentType, ...sign(request.body) }, body: request.body }),
    ).rejects.toThrow();
    // …and the click in flight holds the stop until its answer is stored.
    expect(stopped).toBe(false);
    release();
    await stopping;
    await click.catch(() => {});
    expect((await inner.getAnswers("dorset-2016", "D01"))["profile.sentence"]?.value).toBe("community");
    await bed.slack.stop();
    await inner.close();
  });
});
