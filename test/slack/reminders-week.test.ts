import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findQuestion } from "../../src/core/interview/interview.ts";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { openStore } from "../../src/store/open-store.ts";
import { loadDorset } from "../support/dorset.ts";
import { FakeSlack, type SlackJson } from "../support/fake-slack.ts";
import { startRedis } from "../support/redis-server.ts";
import { PEOPLE, SlackTestBed, buttonsOf, liveQuestionId, setUpInspection } from "../support/slack-testbed.ts";

/** A fieldwork week, Monday 23 March to Monday 30 March 2026, stepped half an hour at a time on
 * a controlled clock through two app instances sharing one Redis. Britain moves to summer time
 * on Sunday 29 March; New York moved on 8 March, so the gap between them changes mid-week. */
const { lead: LEAD, inspector: INSP, caseManager: SAM, otherCaseManager: KIM } = PEOPLE;
let redis: Awaited<ReturnType<typeof startRedis>>;
let slack: FakeSlack;
let a: SlackTestBed;
let b: SlackTestBed;
let clock = Date.parse("2026-03-23T07:00:00Z");
const now = () => new Date(clock).toISOString();

beforeAll(async () => {
  redis = await startRedis({ private: true });
  slack = await new FakeSlack().start();
  slack.zones.set(SAM, "America/New_York");
  slack.zones.set(INSP, "Europe/London");
  slack.zones.set(LEAD, "Europe/London");
  // KIM's profile has no time zone: the team's (TZ_DEFAULT, Europe/London) is used.
  a = await SlackTestBed.start({ slack, store: await openStore(redis.url), now });
  b = await SlackTestBed.start({ slack, store: await openStore(redis.url), now });
  await setUpInspection(a);
  await a.command(LEAD, "deadline 2026-04-03");
  await a.command(INSP, `case A01 <@${SAM}|sam>`);
  await a.command(LEAD, `case A02 <@${KIM}|kim>`);
});
afterAll(async () => {
  for (const bed of [a, b]) {
    await bed?.stop();
    await bed?.store.close();
  }
  await slack?.stop();
  await redis?.stop();
});

const script = loadDorset().find((c) => c.ref === "D02")!.answers;
const ticked = (values: string[]) => ({
  choices: { tick: { type: "checkboxes", selected_options: values.map((v) => ({ value: v, text: { type: "plain_text", text: v } })) } },
});

/** Answers case A02's live questions from the Dorset script while they are `audience`'s. */
async function answerA02(audience: "cm" | "insp") {
  for (let step = 0; step < 80; step++) {
    const id = liveQuestionId(a, "A02");
    if (!id || findQuestion(sqsYouth2016, id)!.audience !== audience) return;
    const value = script[id]!.value;
    const who = audience === "cm" ? KIM : LEAD;
    const live = a.liveQuestion("A02")!;
    if (Array.isArray(value)) await a.click(who, live, (btn) => btn.action_id === "save_choices", ticked(value));
    else await a.click(who, live, (btn) => btn.decoded?.v === value);
  }
}

/** Direct messages the ticks sent: reminders and digests, as "when who what". */
const timed = (call: SlackJson, at: string) => `${at.slice(0, 16)} ${call.args.channel} ${/^Daily progress/.test(call.args.text) ? "digest" : "reminder"}`;

describe("a fieldwork week of reminders", () => {
  it("reminds whoever a case waits on, in their working hours and time zone, more often near the deadline, never at weekends or after their part is done, once across two instances", async () => {
    const sent: string[] = [];
    const texts = new Map<string, string[]>();
    let seen = slack.calls.length;
    for (; clock <= Date.parse("2026-03-30T23:30:00Z"); clock += 30 * 60_000) {
      if (now() === "2026-03-24T10:00:00.000Z") await answerA02("cm");
      if (now() === "2026-03-25T10:00:00.000Z") await answerA02("insp");
      seen = slack.calls.length;
      await Promise.all([a.app.tick(), b.app.tick()]);
      for (const call of slack.calls.slice(seen).filter((c) => c.method === "chat.postMessage")) {
        sent.push(timed(call, now()));
        texts.set(call.args.channel, [...(texts.get(call.args.channel) ?? []), call.args.text]);
      }
    }
    const reminder = (at: string, who: string) => `${at} ${who} reminder`;
    const digest = (at: string) => `${at} ${LEAD} digest`;
    expect(sent.sort()).toEqual(
      [
        // Monday: everyone something waits on, at 09:00 their time (New York is UTC-4).
        reminder("2026-03-23T09:00", INSP),
        reminder("2026-03-23T09:00", LEAD),
        reminder("2026-03-23T09:00", KIM),
        digest("2026-03-23T09:00"),
        reminder("2026-03-23T13:00", SAM),
        // Tuesday and Wednesday: only the leads' digest (reminders every third working day while
        // the deadline is more than five working days away). Kim and the lead finish case A02.
        digest("2026-03-24T09:00"),
        digest("2026-03-25T09:00"),
        // Thursday: the third working day; nothing for Kim or the lead, whose part is done.
        reminder("2026-03-26T09:00", INSP),
        digest("2026-03-26T09:00"),
        reminder("2026-03-26T13:00", SAM),
        // Friday: five working days to the deadline, so every working day now.
        reminder("2026-03-27T09:00", INSP),
        digest("2026-03-27T09:00"),
        reminder("2026-03-27T13:00", SAM),
        // Nothing at the weekend. Monday in British Summer Time: 09:00 in London is 08:00 UTC;
        // New York's 09:00 is still 13:00 UTC.
        reminder("2026-03-30T08:00", INSP),
        digest("2026-03-30T08:00"),
        reminder("2026-03-30T13:00", SAM),
      ].sort(),
    );
    // What the reminders say: the case, how many questions, and a button opening its thread.
    const samFirst = slack.callsTo("chat.postMessage").find((c) => c.args.channel === SAM && /wait for you:/.test(c.args.text))!;
    expect(samFirst.args.text).toMatch(/^4 questions in 1 case wait for you: Case A01 \(Dorset Combined YOS\): 4 questions, fieldwork ends 2026-04-03\.$/);
    const open = samFirst.args.blocks.find((bl: SlackJson) => bl.accessory?.url);
    expect(open.accessory.url).toBe(`https://casecheck-test.slack.com/archives/C0INSPECT/p${a.root("A01").ts.replace(".", "")}`);
    expect(buttonsOf({ channel: SAM, ts: "", blocks: samFirst.args.blocks }).map((btn) => btn.text.text)).toEqual(["Snooze for a day", "Stop reminders"]);
    // The digest: progress by case manager.
    expect(texts.get(LEAD)!.at(-1)).toBe(
      `Daily progress for Dorset Combined YOS: 1 of 2 cases complete. <@${KIM}>: 1 of 1 case complete; <@${SAM}>: 0 of 1 case complete, 4 questions waiting on them`,
    );
    // Time zones come from Slack once a day per person, not on every tick.
    expect(slack.callsTo("users.info").length).toBeLessThanOrEqual(4 * 2);
  }, 120_000);

  it("stops or snoozes a person's reminders from the buttons on one", async () => {
    const last = slack
      .callsTo("chat.postMessage")
      .filter((c) => c.args.channel === SAM)
      .at(-1)!;
    const dm = { channel: SAM, ts: last.response.ts, blocks: last.args.blocks };
    clock = Date.parse("2026-03-31T13:30:00Z");
    await b.click(SAM, dm, (btn) => btn.text.text === "Snooze for a day");
    expect(slack.callsTo("response_url").at(-1)!.args.text).toContain("No reminders for a day");
    clock = Date.parse("2026-04-01T13:00:00Z");
    await Promise.all([a.app.tick(), b.app.tick()]);
    expect(
      slack
        .callsTo("chat.postMessage")
        .filter((c) => c.args.channel === SAM)
        .at(-1),
    ).toBe(last);
    clock = Date.parse("2026-04-01T14:00:00Z");
    await a.click(SAM, dm, (btn) => btn.text.text === "Stop reminders");
    clock = Date.parse("2026-04-02T13:00:00Z");
    await a.app.tick();
    expect(
      slack
        .callsTo("chat.postMessage")
        .filter((c) => c.args.channel === SAM)
        .at(-1),
    ).toBe(last);
    await a.command(SAM, "reminders on");
    await a.app.tick();
    expect(
      slack
        .callsTo("chat.postMessage")
        .filter((c) => c.args.channel === SAM)
        .at(-1)!.args.text,
    ).toMatch(/wait for you: Case A01/);
  });
});
