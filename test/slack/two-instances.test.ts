import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findQuestion, nextQuestion } from "../../src/core/interview/interview.ts";
import type { AnswerValue } from "../../src/core/records.ts";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { openStore } from "../../src/store/open-store.ts";
import { StoreUnavailableError, type Store } from "../../src/store/store.ts";
import { loadDorset } from "../support/dorset.ts";
import { FakeSlack, type FakeMessage, type SlackJson } from "../support/fake-slack.ts";
import { interceptStore } from "../support/intercept-store.ts";
import { startRedis } from "../support/redis-server.ts";
import { eventCallback, type SlackBody } from "../support/slack-payloads.ts";
import { CHANNEL, PEOPLE, SlackTestBed, buttonsOf, liveQuestionId, setUpInspection, sign, testClock } from "../support/slack-testbed.ts";

/** Two instances of the app, as two processes behind a load balancer would be: each its own
 * Bolt app, HTTP port and Redis connection, sharing one Redis and one Slack workspace. */
let redis: Awaited<ReturnType<typeof startRedis>>;
let slack: FakeSlack;
let a: SlackTestBed;
let b: SlackTestBed;
let check: Store;
/** Milliseconds instance A's store waits before each setValue (0: none). */
let slowA = 0;
/** Instance B's store fails to save answers, as when Redis drops in the middle of a click. */
let failB = false;

beforeAll(async () => {
  redis = await startRedis();
  // Logical database 0 is this file's (the store contract tests use 1 to 15); emptied first.
  const url = new URL(redis.url);
  url.pathname = "/0";
  const { createClient } = await import("@keyv/redis");
  const client = createClient({ url: url.href });
  await client.connect();
  await client.flushDb();
  await client.quit();
  slack = await new FakeSlack().start();
  const now = testClock();
  const storeA = interceptStore(await openStore(url.href), async (method) => {
    if (slowA && method === "setValue") await new Promise((r) => setTimeout(r, slowA));
  });
  a = await SlackTestBed.start({ slack, store: storeA, now });
  const storeB = interceptStore(await openStore(url.href), (method) => {
    if (failB && method === "saveAnswers") throw new StoreUnavailableError("The store could not save the answer (connection lost)");
  });
  b = await SlackTestBed.start({ slack, store: storeB, now });
  check = await openStore(url.href);
  await setUpInspection(a);
});
afterAll(async () => {
  for (const bed of [a, b]) {
    await bed?.stop();
    await bed?.store.close();
  }
  await check?.close();
  await slack?.stop();
  await redis?.stop();
});

const SAM = PEOPLE.caseManager;
const INSP = PEOPLE.inspector;
/** Case D02 of the Dorset inspection: every answer the script gives. */
const script = loadDorset().find((c) => c.ref === "D02")!.answers;
const typed = (v: AnswerValue) => (Array.isArray(v) ? v : [v]).map((x) => x.replace(/_/g, " ")).join(", ");
const ticked = (values: string[]) => ({
  choices: { tick: { type: "checkboxes", selected_options: values.map((v) => ({ value: v, text: { type: "plain_text", text: v } })) } },
});
const retried = (request: SlackBody, n: number) => ({ ...sign(request.body), "x-slack-retry-num": String(n), "x-slack-retry-reason": "http_timeout" });

/** The live question of a case, who answers it, the script's answer and the click that gives it. */
function liveStep(ref: string) {
  const message = a.liveQuestion(ref);
  if (!message) return undefined;
  const id = liveQuestionId(a, ref)!;
  const question = findQuestion(sqsYouth2016, id)!;
  const value = script[id]!.value;
  const who = question.audience === "cm" ? SAM : INSP;
  const click = Array.isArray(value)
    ? a.clickRequest(who, message, (btn) => btn.action_id === "save_choices", ticked(value))
    : a.clickRequest(who, message, (btn) => btn.decoded?.v === value);
  const reply = eventCallback("message.thread-reply", { user: who, text: typed(value), thread_ts: a.root(ref).ts, ts: slack.nextTs(), channel: CHANNEL });
  return { id, message, value, who, click, reply };
}

/** The question the core engine says comes next, from what the store holds. */
async function expectedNext(ref: string) {
  const kase = (await check.getCase("dorset-2016", ref))!;
  return nextQuestion(sqsYouth2016, await check.getAnswers("dorset-2016", ref), kase.skipped)?.id;
}

/** Sends `request` to instance A with its store slowed, so its next question is in Slack well
 * before A has recorded where; `meanwhile` runs on B as soon as that question appears. */
async function whilePostingOnA<T>(request: SlackBody, ref: string, meanwhile: () => Promise<T>): Promise<T> {
  const before = slack.messages.length;
  slowA = 150;
  try {
    const onA = a.send(request);
    for (let i = 0; i < 400 && !slack.messages.slice(before).some((m) => m.text?.startsWith(`Case ${ref}, question`)); i++)
      await new Promise((r) => setTimeout(r, 5));
    const result = await meanwhile();
    await onA;
    return result;
  } finally {
    slowA = 0;
  }
}

const questionMessages = (ref: string) => slack.callsTo("chat.postMessage").filter((c) => c.args.text?.startsWith(`Case ${ref}, question`));
const withAnswerButtons = (messages: FakeMessage[]) =>
  messages.filter((m) => m.blocks?.some((bl: SlackJson) => bl.block_id === "answer" || bl.block_id === "choices"));

describe("two instances on one Redis", () => {
  it("opens a case once when both instances are asked at the same moment", async () => {
    await Promise.all([a.command(INSP, `case X01 <@${SAM}|sam>`), b.command(INSP, `case X01 <@${SAM}|sam>`)]);
    const roots = slack.messages.filter((m) => !m.thread_ts && m.text?.startsWith("Case X01:"));
    expect(roots).toHaveLength(1);
    expect(questionMessages("X01")).toHaveLength(1);
    expect(liveQuestionId(a, "X01")).toBe(await expectedNext("X01"));
  });

  it("records a whole case answered on both instances, with double clicks, replies and retries reaching both", async () => {
    const kinds = ["alternate", "double click on both", "reply on A, click on B", "retried reply on both"] as const;
    const asked: string[] = [];
    // Every step checks the store and the thread; the case has about 40 questions for D02.
    for (let step = 0; step < 80; step++) {
      const next = liveStep("X01");
      if (!next) break;
      asked.push(next.id);
      const kind = kinds[step % kinds.length]!;
      // A typed reply cannot tick boxes one by one; a multi question is answered by Save.
      const bothWays = kind === "reply on A, click on B" && !Array.isArray(next.value);
      if (kind === "alternate") await (step % 8 === 0 ? a : b).send(next.click);
      else if (kind === "double click on both") await Promise.all([a.send(next.click), b.send(next.click)]);
      else if (bothWays) await Promise.all([a.send(next.reply), b.send(next.click)]);
      else if (kind === "retried reply on both")
        await Promise.all([a.send(next.reply), b.send(next.reply, retried(next.reply, 1)), a.send(next.reply, retried(next.reply, 2))]);
      else await b.send(next.click);
      expect((await check.getAnswers("dorset-2016", "X01"))[next.id]?.value, `${kind}: ${next.id}`).toEqual(next.value);
      expect(liveQuestionId(a, "X01"), `after ${kind} on ${next.id}`).toBe(await expectedNext("X01"));
    }

    expect(asked.length).toBeGreaterThan(30);
    const stored = await check.getAnswers("dorset-2016", "X01");
    expect(Object.keys(stored).sort()).toEqual(Object.keys(script).sort());
    for (const [id, answer] of Object.entries(script)) expect(stored[id]!.value, id).toEqual(answer.value);
    const audit = await check.listAudit("dorset-2016", "X01");
    expect(audit.map((e) => e.question).sort()).toEqual([...asked].sort());
    expect(new Set(audit.map((e) => e.question)).size).toBe(audit.length);
    expect(audit.every((e) => e.action === "answer")).toBe(true);
    // Each question posted once, every question message closed with its answer, one "complete".
    const posted = questionMessages("X01").map((c) => buttonsOf({ channel: CHANNEL, ts: "", blocks: c.args.blocks })[0]!.decoded.q);
    expect(posted).toEqual(asked);
    const thread = slack.thread(CHANNEL, a.root("X01").ts);
    expect(withAnswerButtons(thread)).toEqual([]);
    expect(thread.filter((m) => m.text === "Case X01 is complete.")).toHaveLength(1);
    expect(slack.ephemerals().filter((e) => /went wrong/.test(e.text))).toEqual([]);
    expect([...a.logs, ...b.logs].filter((l) => l.level >= 50)).toEqual([]);
    expect([...a.logs, ...b.logs].filter((l) => l.msg === "dropped a repeated Slack event").length).toBeGreaterThan(0);
  });

  it("takes a click on a new question before the instance that posted it has recorded its message", async () => {
    await b.command(INSP, `case X02 <@${SAM}|sam>`);
    const first = liveStep("X02")!;
    const told = slack.ephemerals().length;
    const second = await whilePostingOnA(first.click, "X02", async () => {
      const step = liveStep("X02")!;
      expect(step.id).toBe("profile.rosh_level");
      await b.send(step.click);
      return step;
    });
    const answers = await check.getAnswers("dorset-2016", "X02");
    expect(answers["profile.sentence"]?.value).toBe(first.value);
    expect(answers["profile.rosh_level"]?.value).toBe(second!.value);
    expect(await check.listAudit("dorset-2016", "X02")).toHaveLength(2);
    // Whichever instance closed it, the second question shows its answer and no buttons.
    const thread = slack.thread(CHANNEL, a.root("X02").ts);
    expect(withAnswerButtons(thread).map((m) => m.text)).toEqual([expect.stringMatching(/^Case X02, question 3/)]);
    expect(liveQuestionId(a, "X02")).toBe(await expectedNext("X02"));
    expect(
      slack
        .ephemerals()
        .slice(told)
        .map((e) => e.text),
    ).toEqual([]);
  });

  it("brings a question down on one instance while the other is still posting it, leaving one live question", async () => {
    await b.command(INSP, `case X03 <@${SAM}|sam>`);
    const first = liveStep("X03")!;
    await whilePostingOnA(first.click, "X03", () => b.command(INSP, "case X03"));
    const thread = slack.thread(CHANNEL, a.root("X03").ts);
    const live = withAnswerButtons(thread);
    expect(live).toHaveLength(1);
    expect(live[0]).toBe(thread.filter((m) => m.text?.startsWith("Case X03, question")).at(-1));
    expect(liveQuestionId(a, "X03")).toBe(await expectedNext("X03"));
    // And that question takes its answer.
    const next = liveStep("X03")!;
    await a.send(next.click);
    expect((await check.getAnswers("dorset-2016", "X03"))[next.id]?.value).toEqual(next.value);
    expect(await check.listAudit("dorset-2016", "X03")).toHaveLength(2);
  });

  it("takes on one instance the click that failed to save on the other", async () => {
    await a.command(INSP, `case X04 <@${SAM}|sam>`);
    const first = liveStep("X04")!;
    failB = true;
    await b.send(first.click).finally(() => (failB = false));
    expect(slack.ephemerals(first.who).at(-1)!.text).toContain("was *not saved*");
    await a.send(first.click);
    expect((await check.getAnswers("dorset-2016", "X04"))[first.id]?.value).toEqual(first.value);
    expect(await check.listAudit("dorset-2016", "X04")).toHaveLength(1);
    expect(liveQuestionId(a, "X04")).toBe(await expectedNext("X04"));
  });
});
