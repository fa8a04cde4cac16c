import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.ts";
import { StoreUnavailableError, type Store } from "../../src/store/store.ts";
import { interceptStore } from "../support/intercept-store.ts";
import { startRedis } from "../support/redis-server.ts";
import { CHANNEL, PEOPLE, SlackTestBed, buttonsOf, liveQuestionId, setUpInspection } from "../support/slack-testbed.ts";

const I = PEOPLE.inspector;

/** What the person and the thread saw from the app since `mark`: nothing may claim an answer
 * was recorded while it was not stored. */
function seenSince(bed: SlackTestBed, mark: number) {
  const calls = bed.slack.calls.slice(mark);
  return {
    told: calls.filter((c) => c.method === "chat.postEphemeral").map((c) => c.args.text as string),
    posted: calls.filter((c) => c.method === "chat.postMessage"),
    shownRecorded: calls.filter((c) => /recorded by/.test(JSON.stringify(c.args))),
  };
}

const files = mkdtempSync(join(tmpdir(), "casecheck-faults-"));
afterAll(() => rmSync(files, { recursive: true, force: true }));

// A claim taken before a failed write is given back: memory and SQLite each do it their way.
describe.each(["memory://", `sqlite://${join(files, "faults.sqlite")}`])("the store (%s) failing under the Slack app", (url) => {
  let bed: SlackTestBed;
  let memory: Store;
  /** Store methods that fail, as they do after the store's own retries when it is unreachable. */
  const down = new Set<string>();
  beforeAll(async () => {
    memory = await openStore(url);
    const store = interceptStore(memory, (method) => {
      if (down.has(method) || down.has("*")) throw new StoreUnavailableError(`The store could not ${method} (connect ECONNREFUSED)`);
    });
    bed = await SlackTestBed.start({ store });
    await setUpInspection(bed);
  });
  afterAll(async () => {
    await bed?.stop();
    await memory?.close();
  });

  it("says an answer was not saved when storing it fails, and the same click works once the store is back", async () => {
    await bed.command(I, "case F01");
    const question = structuredClone(bed.liveQuestion("F01")!);
    const mark = bed.slack.calls.length;
    down.add("saveAnswers");
    await bed.click(I, question, (b) => b.decoded?.v === "custody");
    down.clear();
    const seen = seenSince(bed, mark);
    expect(seen.told).toEqual([expect.stringContaining("Your answer on case F01 was *not saved*: the store could not be reached")]);
    expect(seen.told[0]).not.toMatch(/\brecorded\b/);
    expect(seen.posted).toEqual([]);
    expect(seen.shownRecorded).toEqual([]);
    expect(await memory.listAudit("dorset-2016", "F01")).toEqual([]);
    expect(liveQuestionId(bed, "F01")).toBe("profile.sentence");

    await bed.click(I, question, (b) => b.decoded?.v === "custody");
    expect((await memory.getAnswers("dorset-2016", "F01"))["profile.sentence"]?.value).toBe("custody");
    expect(await memory.listAudit("dorset-2016", "F01")).toHaveLength(1);
    expect(liveQuestionId(bed, "F01")).toBe("profile.rosh_level");
  });

  it("says so for clicks and typed replies when nothing can be read or written, and both work after", async () => {
    await bed.command(I, "case F02");
    const question = structuredClone(bed.liveQuestion("F02")!);
    const mark = bed.slack.calls.length;
    down.add("*");
    await bed.click(I, question, (b) => b.decoded?.v === "community");
    await bed.reply(I, bed.root("F02").ts, "community");
    down.clear();
    const seen = seenSince(bed, mark);
    expect(seen.told).toHaveLength(2);
    for (const text of seen.told) expect(text).toMatch(/The store could not be reached, so this was \*not saved\*/);
    expect([...seen.posted, ...seen.shownRecorded]).toEqual([]);
    expect(bed.slack.ephemerals(I).at(-1)!.thread_ts).toBe(bed.root("F02").ts);

    await bed.click(I, question, (b) => b.decoded?.v === "community");
    await bed.reply(I, bed.root("F02").ts, "medium");
    expect(await memory.getAnswers("dorset-2016", "F02")).toMatchObject({
      "profile.sentence": { value: "community" },
      "profile.rosh_level": { value: "medium" },
    });
    expect(await memory.listAudit("dorset-2016", "F02")).toHaveLength(2);
  });

  it("says an answer was saved when only moving the thread on failed, and the same click moves it on", async () => {
    await bed.command(I, "case F03");
    const question = structuredClone(bed.liveQuestion("F03")!);
    down.add("setValue");
    await bed.click(I, question, (b) => b.decoded?.v === "custody");
    down.clear();
    expect(bed.slack.ephemerals(I).at(-1)!.text).toContain("Your answer on case F03 was saved, but the thread could not move on");
    await bed.click(I, question, (b) => b.decoded?.v === "custody");
    expect(await memory.listAudit("dorset-2016", "F03")).toHaveLength(1);
    expect(liveQuestionId(bed, "F03")).toBe("profile.rosh_level");
    const answered = bed.slack.message(CHANNEL, question.ts)!;
    expect(JSON.stringify(answered.blocks)).toContain("✓ *Custody*");
    expect(buttonsOf(answered).map((b) => b.text.text)).toEqual(["History"]);
  });
});

describe("Redis stopped while the app runs", () => {
  const dir = mkdtempSync(join(tmpdir(), "casecheck-redis-"));
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let bed: SlackTestBed;
  let store: Store;
  beforeAll(async () => {
    redis = await startRedis({ private: true, dir });
    store = await openStore(redis.url);
    bed = await SlackTestBed.start({ store });
    await setUpInspection(bed);
  });
  afterAll(async () => {
    await bed?.stop();
    await store?.close().catch(() => {});
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("acknowledges at once, says the answer was not saved, and takes the same click once Redis is back", async () => {
    await bed.command(I, "case F04");
    const question = structuredClone(bed.liveQuestion("F04")!);
    await redis.stop();
    const mark = bed.slack.calls.length;
    const { status, ms } = await bed.send(bed.clickRequest(I, question, (b) => b.decoded?.v === "custody"));
    expect(status).toBe(200);
    expect(ms).toBeLessThan(3000);
    const seen = seenSince(bed, mark);
    expect(seen.told).toEqual([expect.stringMatching(/went wrong while recording your answer\. The store could not be reached, so this was \*not saved\*/)]);
    expect([...seen.posted, ...seen.shownRecorded]).toEqual([]);

    redis = await startRedis({ private: true, port: redis.port, dir });
    // The client reconnects by itself, with backoff.
    for (let i = 0; i < 50 && !(await store.getInspection("dorset-2016").catch(() => undefined)); i++) await new Promise((r) => setTimeout(r, 100));
    await bed.click(I, question, (b) => b.decoded?.v === "custody");
    expect((await store.getAnswers("dorset-2016", "F04"))["profile.sentence"]?.value).toBe("custody");
    expect(await store.listAudit("dorset-2016", "F04")).toHaveLength(1);
    expect(liveQuestionId(bed, "F04")).toBe("profile.rosh_level");
  });
});
