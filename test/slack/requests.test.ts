import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slashCommand } from "../support/slack-payloads.ts";
import { CHANNEL, PEOPLE, SlackTestBed, clickAnswer, liveQuestionId, setUpInspection, sign } from "../support/slack-testbed.ts";

let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
});
afterAll(async () => bed?.stop());

describe("requests from Slack", () => {
  it("refuses a request with a bad signature (401) and changes nothing", async () => {
    const calls = bed.slack.calls.length;
    const request = slashCommand(PEOPLE.lead, CHANNEL, "new forged-inspection");
    const forged = await bed.send(request, sign(request.body, "not-the-signing-secret"));
    expect(forged.status).toBe(401);
    const stale = await bed.send(request, sign(request.body, undefined, Math.floor(Date.now() / 1000) - 3600));
    expect(stale.status).toBe(401);
    expect(await bed.store.getInspection("forged-inspection")).toBeUndefined();
    expect(bed.slack.calls.length).toBe(calls);
  });

  it("handles a retried event once: same event_id with x-slack-retry-num changes and posts nothing twice", async () => {
    await bed.command(PEOPLE.inspector, "case R01");
    const root = bed.root("R01");
    await bed.reply(PEOPLE.inspector, root.ts, "community", { eventId: "EvRETRY1" });
    const answers = await bed.store.getAnswers("dorset-2016", "R01");
    const posted = bed.slack.callsTo("chat.postMessage").length;
    const retry = await bed.reply(PEOPLE.inspector, root.ts, "community", { eventId: "EvRETRY1", retryNum: 1 });
    const retried = await bed.event(
      "message.thread-reply",
      { user: PEOPLE.inspector, text: "custody", thread_ts: root.ts, ts: "1.1", channel: CHANNEL },
      { eventId: "EvRETRY1", retryNum: 1 },
    );
    expect(retry.status).toBe(200);
    expect(retried.status).toBe(200);
    expect(await bed.store.getAnswers("dorset-2016", "R01")).toEqual(answers);
    expect(await bed.store.listAudit("dorset-2016", "R01")).toHaveLength(1);
    expect(bed.slack.callsTo("chat.postMessage").length).toBe(posted);
    expect(bed.logs.some((l) => l.msg === "dropped a repeated Slack event" && l.retryNum === 1)).toBe(true);
  });

  it("records a double click once, with one audit entry, and tells the second click", async () => {
    await bed.command(PEOPLE.inspector, "case R02");
    const message = structuredClone(bed.liveQuestion("R02")!);
    await bed.click(PEOPLE.inspector, message, (b) => b.decoded?.v === "custody");
    await bed.click(PEOPLE.inspector, message, (b) => b.decoded?.v === "custody");
    await bed.click(PEOPLE.inspector, message, (b) => b.decoded?.v === "community");
    const answers = await bed.store.getAnswers("dorset-2016", "R02");
    expect(answers["profile.sentence"]!.value).toBe("custody");
    expect(await bed.store.listAudit("dorset-2016", "R02")).toHaveLength(1);
    expect(liveQuestionId(bed, "R02")).toBe("profile.rosh_level");
    const told = bed.slack.ephemerals(PEOPLE.inspector).slice(-2);
    expect(told.map((t) => t.text)).toEqual([expect.stringContaining("already has *Custody*"), expect.stringContaining("already has *Custody*")]);
  });

  it("records one answer when two clicks arrive at the same moment", async () => {
    await bed.command(PEOPLE.inspector, "case R03");
    const message = structuredClone(bed.liveQuestion("R03")!);
    await Promise.all([
      bed.click(PEOPLE.inspector, message, (b) => b.decoded?.v === "custody"),
      bed.click(PEOPLE.inspector, message, (b) => b.decoded?.v === "community"),
    ]);
    expect(await bed.store.listAudit("dorset-2016", "R03")).toHaveLength(1);
    const questions = bed.slack.thread(CHANNEL, bed.root("R03").ts).filter((m) => m.text?.startsWith("Case R03, question 2"));
    expect(questions).toHaveLength(1);
  });

  it("logs a Web API error and tells the person, leaving nothing half-written", async () => {
    bed.slack.fail("chat.postMessage", { error: "not_in_channel" });
    await bed.command(PEOPLE.inspector, "case R04");
    expect(await bed.store.getCase("dorset-2016", "R04")).toBeUndefined();
    const logged = bed.logs.find((l) => l.level === 50 && l.slackError === "not_in_channel");
    expect(logged).toMatchObject({ doing: "opening the case", user: PEOPLE.inspector });
    expect(bed.slack.ephemerals(PEOPLE.inspector).at(-1)!.text).toMatch(/went wrong while opening the case.*not_in_channel.*\/invite @casecheck/);
    // Once invited, the same command works.
    await bed.command(PEOPLE.inspector, "case R04");
    expect(liveQuestionId(bed, "R04")).toBe("profile.sentence");
  });

  it("reaches the person through response_url where the app is not in the channel", async () => {
    bed.slack.fail("chat.postMessage", { error: "not_in_channel" });
    bed.slack.fail("chat.postEphemeral", { error: "not_in_channel" });
    await bed.command(PEOPLE.lead, "new second-2017", "C0NOTJOINED");
    expect(await bed.store.getInspection("second-2017")).toBeUndefined();
    const reply = bed.slack.callsTo("response_url").at(-1)!.args;
    expect(reply).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("/invite @casecheck") });
  });

  it("tells the person when the next question cannot be posted, and their answer is kept", async () => {
    await bed.command(PEOPLE.inspector, "case R05");
    bed.slack.fail("chat.postMessage", { error: "internal_error" });
    await clickAnswer(bed, "R05", "custody");
    expect((await bed.store.getAnswers("dorset-2016", "R05"))["profile.sentence"]!.value).toBe("custody");
    expect(bed.slack.ephemerals(PEOPLE.inspector).at(-1)!.text).toContain("Answers already confirmed are saved");
    // `/casecheck case` brings the case back to its next question.
    await bed.command(PEOPLE.inspector, "case R05");
    expect(liveQuestionId(bed, "R05")).toBe("profile.rosh_level");
  });

  it("recovers when the answered question's message cannot be updated", async () => {
    await bed.command(PEOPLE.inspector, "case R07");
    bed.slack.fail("chat.update", { error: "message_not_found" });
    await clickAnswer(bed, "R07", "community");
    expect((await bed.store.getAnswers("dorset-2016", "R07"))["profile.sentence"]!.value).toBe("community");
    expect(bed.slack.ephemerals(PEOPLE.inspector).at(-1)!.text).toContain("message_not_found");
    await bed.command(PEOPLE.inspector, "case R07");
    expect(liveQuestionId(bed, "R07")).toBe("profile.rosh_level");
  });

  it("waits out a rate limit (HTTP 429 with Retry-After) and then delivers", async () => {
    await bed.command(PEOPLE.inspector, "case R06");
    bed.slack.fail("chat.update", { status: 429, retryAfter: 1 });
    await clickAnswer(bed, "R06", "community");
    expect(liveQuestionId(bed, "R06")).toBe("profile.rosh_level");
    const updates = bed.slack.callsTo("chat.update").filter((c) => c.args.text?.includes("Case R06: What sentence"));
    expect(updates.length).toBe(2);
    expect(bed.slack.message(CHANNEL, updates[0]!.args.ts)!.text).toContain("Community");
  }, 10_000);
});
