import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { createModelClient } from "../../src/llm/client.ts";
import { createModelParser } from "../../src/llm/parse-query.ts";
import { askQuestion } from "../../src/service/ask.ts";
import { loadDemo } from "../../src/service/demo.ts";
import { loadInspection } from "../../src/service/inspections.ts";
import { startFakeOpenAI, type FakeOpenAI, type FakeReply } from "../llm/fake-openai.ts";
import { CHANNEL, PEOPLE, SlackTestBed } from "../support/slack-testbed.ts";

/** The rules read this question, but are unsure between figures, so the model is asked. */
const UNSURE = "how many reviews were sufficient?";
const TIMEOUT_MS = 1_000;

let fake: FakeOpenAI;
let bed: SlackTestBed;
/** What the rules alone answer, from the same stored figures. */
let rulesAnswer: string;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  const model = createModelParser(createModelClient({ apiKey: "test-key", baseURL: fake.baseURL, model: "fake-model", timeoutMs: TIMEOUT_MS }));
  bed = await SlackTestBed.start({ model });
  await bed.command(PEOPLE.lead, "new dorset-2016 Dorset Combined YOS");
  await loadDemo(bed.store, "2016-09-14T17:00:00.000Z");
  await bed.command(PEOPLE.lead, `role <@${PEOPLE.inspector}|insp> inspector`);
  const loaded = await loadInspection(bed.store, "dorset-2016");
  if (!loaded.ok) throw new Error(loaded.error.message);
  rulesAnswer = (await askQuestion({ framework: sqsYouth2016, cases: loaded.scored, question: UNSURE })).text;
});
afterAll(async () => {
  await bed?.stop();
  await fake?.close();
});

const faults: Array<[string, FakeReply]> = [
  ["slow, beyond the timeout", { delayMs: 5_000, content: "{}" }],
  ["failing (HTTP 500)", { status: 500 }],
  ["rate limited (HTTP 429)", { status: 429, body: { error: { message: "Rate limit reached", type: "requests" } } }],
  ["returning junk", { content: "Sure! The metric you want is probably {rr.review" }],
  [
    "returning a figure that does not exist",
    { content: JSON.stringify({ metric: "made.up", filters: { answers: {}, managers: [], cases: [] }, groupBy: null, show: "figure" }) },
  ],
];

describe("the model failing while the Slack app answers a question", () => {
  it("has the rules unsure about the question, so the model is asked", () => {
    expect(rulesAnswer).toContain("5 of the 12");
  });

  it.each(faults)("a mention is acknowledged at once and answered by the rules when the model is %s", async (_name, reply) => {
    fake.reply(() => reply);
    const asked = fake.requests.length;
    const { status, ms } = await bed.mention(PEOPLE.inspector, UNSURE);
    // Slack gives up after 3 seconds; the acknowledgement must not wait for the model.
    expect(status).toBe(200);
    expect(ms).toBeLessThan(Math.min(3_000, TIMEOUT_MS));
    expect(fake.requests.length).toBe(asked + 1);
    expect(bed.slack.callsTo("chat.postMessage").at(-1)!.args.text).toBe(rulesAnswer);
  });

  it("answers /casecheck ask from the rules when the model is slow, and acknowledges at once", async () => {
    fake.reply(() => ({ delayMs: 5_000, content: "{}" }));
    const { status, ms } = await bed.command(PEOPLE.inspector, `ask ${UNSURE}`);
    expect(status).toBe(200);
    expect(ms).toBeLessThan(Math.min(3_000, TIMEOUT_MS));
    const posted = bed.slack.callsTo("chat.postMessage").at(-1)!.args;
    expect(posted.channel).toBe(CHANNEL);
    expect(posted.text).toContain(rulesAnswer);
    expect(bed.logs.filter((l) => l.level >= 50)).toEqual([]);
  });
});
