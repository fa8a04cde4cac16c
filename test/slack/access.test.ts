import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeButton, encodeMeta } from "../../src/slack/button-value.ts";
import { blockActions } from "../support/slack-payloads.ts";
import { CHANNEL, PEOPLE, SlackTestBed, buttonsOf, clickAnswer, liveQuestionId, setUpInspection } from "../support/slack-testbed.ts";

let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
  await bed.command(PEOPLE.inspector, `case A01 <@${PEOPLE.caseManager}|sam>`);
});
afterAll(async () => bed?.stop());

const lastTold = (user: string) => bed.slack.ephemerals(user).at(-1)?.text ?? "";
const audit = () => bed.store.listAudit("dorset-2016", "A01");
/** A question message of case A01 once answered, found by the start of its question. */
const answeredMessage = (start: string) => bed.slack.thread(CHANNEL, bed.root("A01").ts).find((m) => m.text?.startsWith(`Case A01: ${start}`))!;

describe("who may do what, and clear refusals", () => {
  it("tells the case manager by direct message that their questions wait, without naming anything but the case ref", async () => {
    const direct = bed.slack.callsTo("chat.postMessage").filter((c) => c.args.channel === PEOPLE.caseManager);
    expect(direct).toHaveLength(1);
    expect(direct[0]!.args.text).toBe(
      `4 factual questions about case A01 wait for you in its thread in <#${CHANNEL}>. Answer there with the buttons or a reply; your App Home lists everything waiting for you.`,
    );
  });

  it("refuses a click from someone with no role in the inspection, saying why", async () => {
    await clickAnswer(bed, "A01", "custody", PEOPLE.stranger);
    expect(lastTold(PEOPLE.stranger)).toContain("You are not part of this inspection");
    expect(await audit()).toHaveLength(0);
    expect(liveQuestionId(bed, "A01")).toBe("profile.sentence");
  });

  it("lets the case manager answer the factual questions of their own case only", async () => {
    await clickAnswer(bed, "A01", "custody", PEOPLE.otherCaseManager);
    expect(lastTold(PEOPLE.otherCaseManager)).toContain("Case A01 is not one of your cases");
    await clickAnswer(bed, "A01", "custody", PEOPLE.caseManager);
    for (const v of ["high", "yes", "no"]) await clickAnswer(bed, "A01", v, PEOPLE.caseManager);
    expect(lastTold(PEOPLE.caseManager)).toContain("that is every question for you on case A01");
    expect(liveQuestionId(bed, "A01")).toBe("rr.assessment");
    await clickAnswer(bed, "A01", "yes", PEOPLE.caseManager);
    expect(lastTold(PEOPLE.caseManager)).toContain("This is an inspector's judgement");
    await clickAnswer(bed, "A01", "yes", PEOPLE.manager);
    expect(lastTold(PEOPLE.manager)).toContain("As a manager you cannot answer questions");
    expect((await audit()).map((e) => e.question)).toEqual(["profile.sentence", "profile.rosh_level", "profile.psr", "profile.panel_report"]);
  });

  it("recognises a click on a stale message: the question answered, the case moved on", async () => {
    const root = bed.root("A01");
    const answered = bed.slack.thread(root.channel, root.ts).find((m) => m.text?.startsWith("Case A01: What sentence"))!;
    // The message as it was before it was answered, as a client that had not refreshed would send it.
    const old = structuredClone(answered);
    old.blocks = [
      {
        type: "actions",
        block_id: "answer",
        elements: [
          {
            type: "button",
            action_id: "answer:community",
            text: { type: "plain_text", text: "Community" },
            value: encodeButton({ i: "dorset-2016", c: "A01", q: "profile.sentence", n: 1, v: "community" }),
          },
        ],
      },
    ];
    await bed.click(PEOPLE.inspector, old, (b) => b.text.text === "Community");
    expect(lastTold(PEOPLE.inspector)).toContain("Case A01 already has *Custody*");
    expect(lastTold(PEOPLE.inspector)).toContain("Change an answer");
    expect((await bed.store.getAnswers("dorset-2016", "A01"))["profile.sentence"]!.value).toBe("custody");
    expect(await audit()).toHaveLength(4);
  });

  it("answers a button for a case that does not exist with a clear reply and records nothing", async () => {
    const live = structuredClone(bed.liveQuestion("A01")!);
    const ghost = buttonsOf(live).find((b) => b.decoded?.v === "yes")!;
    live.blocks = [
      {
        type: "actions",
        block_id: "answer",
        elements: [{ type: "button", action_id: ghost.action_id, text: ghost.text, value: encodeButton({ ...ghost.decoded, c: "D99" }) }],
      },
    ];
    await bed.click(PEOPLE.inspector, live, () => true);
    expect(lastTold(PEOPLE.inspector)).toContain("There is no case D99 in dorset-2016");
    expect(await bed.store.getCase("dorset-2016", "D99")).toBeUndefined();
    live.blocks = [{ type: "actions", block_id: "answer", elements: [{ type: "button", action_id: "answer:yes", text: ghost.text, value: "yes" }] }];
    await bed.send(blockActions(PEOPLE.inspector, live, { action_id: "answer:yes", block_id: "answer", text: ghost.text, value: "yes" }));
    expect(lastTold(PEOPLE.inspector)).toContain("I don't recognise that button");
  });

  it("keeps roles, exports and summaries to the roles that may use them", async () => {
    await bed.command(PEOPLE.inspector, `role <@${PEOPLE.stranger}> lead`);
    expect(lastTold(PEOPLE.inspector)).toContain("As an inspector you cannot change roles");
    expect(await bed.store.getRole("dorset-2016", PEOPLE.stranger)).toBeUndefined();
    await bed.command(PEOPLE.manager, "export");
    expect(lastTold(PEOPLE.manager)).toContain("cannot export answers");
    await bed.command(PEOPLE.caseManager, "summary");
    expect(lastTold(PEOPLE.caseManager)).toContain("cannot post summaries");
    await bed.command(PEOPLE.stranger, "case A02");
    expect(lastTold(PEOPLE.stranger)).toContain("You are not part of this inspection");
    await bed.command(PEOPLE.lead, `role <@${PEOPLE.lead}> inspector`);
    expect(lastTold(PEOPLE.lead)).toContain("the only lead");
    await bed.mention(PEOPLE.caseManager, "how many cases had a sufficient risk review?");
    expect(lastTold(PEOPLE.caseManager)).toContain("cannot see the figures");
  });

  it("says so in a channel with no inspection", async () => {
    await bed.command(PEOPLE.lead, "status", "C0ELSEWHERE");
    expect(lastTold(PEOPLE.lead)).toContain("This channel has no inspection yet");
  });

  it("keeps a case manager out of another's case: no answers typed, no history", async () => {
    const root = bed.root("A01");
    await bed.reply(PEOPLE.otherCaseManager, root.ts, "yes");
    expect(lastTold(PEOPLE.otherCaseManager)).toContain("Case A01 is not one of your cases");
    await bed.command(PEOPLE.otherCaseManager, "history A01 profile.sentence");
    expect(lastTold(PEOPLE.otherCaseManager)).toContain("Case A01 is not one of your cases, so you cannot see case answers");
    await bed.click(PEOPLE.otherCaseManager, answeredMessage("What sentence"), (b) => b.text.text === "History");
    expect(lastTold(PEOPLE.otherCaseManager)).toContain("Case A01 is not one of your cases");
    await bed.command(PEOPLE.otherCaseManager, "status");
    expect(JSON.stringify(bed.slack.ephemerals(PEOPLE.otherCaseManager).at(-1)!.blocks)).not.toContain("A01");
    expect(await audit()).toHaveLength(4);
  });

  it("lets a manager change nothing: no Change form, no forged change, no typed answer or note", async () => {
    const before = await bed.store.getAnswers("dorset-2016", "A01");
    const opened = bed.slack.callsTo("views.open").length;
    await bed.click(PEOPLE.manager, bed.liveQuestion("A01")!, (b) => b.text.text === "Change an answer");
    expect(lastTold(PEOPLE.manager)).toContain("As a manager you cannot answer questions");
    expect(bed.slack.callsTo("views.open")).toHaveLength(opened);
    // The form submitted anyway, as a replayed or hand-made request would.
    const meta = encodeMeta({ i: "dorset-2016", c: "A01", f: "sqs-youth-2016", ch: CHANNEL, th: bed.root("A01").ts });
    await bed.submit(
      PEOPLE.manager,
      { callback_id: "change_answer", private_metadata: meta, id: "VFORGED", hash: "h1" },
      {
        question: { question: { type: "static_select", selected_option: { value: "profile.sentence" } } },
        value: { value: { type: "plain_text_input", value: "community" } },
        reason: { reason: { type: "plain_text_input", value: "I prefer it" } },
      },
    );
    expect(lastTold(PEOPLE.manager)).toContain("As a manager you cannot answer questions");
    await bed.reply(PEOPLE.manager, bed.root("A01").ts, "yes");
    expect(lastTold(PEOPLE.manager)).toContain("As a manager you cannot answer questions");
    await bed.reply(PEOPLE.manager, bed.root("A01").ts, "note: looks fine to me");
    expect(lastTold(PEOPLE.manager)).toContain("As a manager you cannot answer questions");
    expect(await bed.store.getAnswers("dorset-2016", "A01")).toEqual(before);
    expect(await audit()).toHaveLength(4);
    await bed.command(PEOPLE.manager, "history A01");
    expect(lastTold(PEOPLE.manager)).toContain("As a manager you cannot see case answers");
  });

  it("gives someone outside the inspection nothing: no figures, summary, status or history", async () => {
    const S = PEOPLE.stranger;
    const posted = bed.slack.callsTo("chat.postMessage").length;
    const refusals: string[] = [];
    for (const text of ["ask how many cases had a sufficient risk review?", "summary", "status", "history A01", "history A01 profile.sentence", "export"]) {
      await bed.command(S, text);
      refusals.push(lastTold(S));
    }
    await bed.mention(S, "how many cases had a sufficient risk review?");
    refusals.push(lastTold(S));
    await bed.click(S, answeredMessage("What sentence"), (b) => b.text.text === "History");
    refusals.push(lastTold(S));
    for (const told of refusals) expect(told).toContain("You are not part of this inspection");
    expect(bed.slack.ephemerals(S).every((e) => !e.blocks && !/\d+ of|\d+%|Custody/.test(e.text))).toBe(true);
    expect(bed.slack.callsTo("chat.postMessage")).toHaveLength(posted);
  });
});
