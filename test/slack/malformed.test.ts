import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questionsOf } from "../../src/core/framework/define.ts";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";
import { WRITES, interceptStore } from "../support/intercept-store.ts";
import { blockActionsRequests, events, slashCommands, viewSubmissions, type Known } from "../support/slack-garbage.ts";
import type { SlackBody } from "../support/slack-payloads.ts";
import { CHANNEL, PEOPLE, SlackTestBed, clickAnswer, liveQuestionId, setUpInspection, sign } from "../support/slack-testbed.ts";

let bed: SlackTestBed;
let memory: Store;
/** Store writes since the start, apart from claims (Slack retry bookkeeping that expires). */
let writes: string[] = [];
let known: Known;
beforeAll(async () => {
  memory = await openStore("memory://");
  const store = interceptStore(memory, (method) => void (WRITES.has(method) && method !== "claim" && writes.push(method)));
  bed = await SlackTestBed.start({ store });
  await setUpInspection(bed);
  await bed.command(PEOPLE.inspector, `case M01 <@${PEOPLE.caseManager}|sam>`);
  await clickAnswer(bed, "M01", "custody", PEOPLE.caseManager);
  const root = bed.root("M01");
  known = {
    inspection: "dorset-2016",
    caseRef: "M01",
    channel: CHANNEL,
    thread: root.ts,
    message: bed.liveQuestion("M01")!.ts,
    questions: questionsOf(sqsYouth2016).map((q) => q.id),
  };
  writes = [];
});
afterAll(async () => {
  await bed?.stop();
  await memory?.close();
});

/** Only ephemeral replies (and response_url) may answer garbage: nothing in a channel or thread. */
const PUBLIC = new Set(["chat.postMessage", "chat.update", "chat.delete", "views.open", "views.update"]);

/** Sends one garbage request, correctly signed, and checks the app answered it quickly with
 * 200 or 4xx, stored nothing and posted nothing anyone else could see. */
async function survives(request: SlackBody): Promise<void> {
  const calls = bed.slack.calls.length;
  const logged = bed.logs.length;
  const response = await fetch(bed.url, {
    method: "POST",
    headers: { "content-type": request.contentType, ...sign(request.body) },
    body: request.body,
    signal: AbortSignal.timeout(2_500),
  });
  await response.text();
  await bed.app.idle();
  expect(response.status === 200 || (response.status >= 400 && response.status < 500), `status ${response.status}`).toBe(true);
  expect(writes).toEqual([]);
  expect(
    bed.logs
      .slice(logged)
      .filter((l) => l.level >= 50)
      .map((l) => `${l.msg}: ${l.err?.message}`),
  ).toEqual([]);
  expect(
    bed.slack.calls
      .slice(calls)
      .filter((c) => PUBLIC.has(c.method))
      .map((c) => c.method),
  ).toEqual([]);
}

const runs = { numRuns: 40, endOnFailure: true };

describe("malformed and garbage Slack requests", () => {
  it("slash commands: junk text, missing fields, oversized strings", async () => {
    await fc.assert(fc.asyncProperty(slashCommands(known), survives), runs);
  });

  it("block_actions: bad JSON, missing fields, buttons naming unknown inspections, cases and questions", async () => {
    await fc.assert(fc.asyncProperty(blockActionsRequests(known), survives), runs);
  });

  it("view submissions: unknown callbacks, junk metadata and values", async () => {
    await fc.assert(fc.asyncProperty(viewSubmissions(known), survives), runs);
  });

  it("events: no event, unknown types, junk fields, bad JSON", async () => {
    await fc.assert(fc.asyncProperty(events(known), survives), runs);
  });

  it("keeps serving: afterwards a normal click records its answer", async () => {
    expect(await memory.listAudit("dorset-2016", "M01")).toHaveLength(1);
    await clickAnswer(bed, "M01", "high", PEOPLE.caseManager);
    expect((await memory.getAnswers("dorset-2016", "M01"))["profile.rosh_level"]?.value).toBe("high");
    expect(liveQuestionId(bed, "M01")).toBe("profile.psr");
  });
});
