import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeMeta } from "../../src/slack/button-value.ts";
import { CHANNEL, PEOPLE, SlackTestBed, clickAnswer, liveQuestionId, setUpInspection } from "../support/slack-testbed.ts";

/** Requests Slack would sign but no honest client sends (a replayed form, a click on a button
 * the person should not use, a channel the inspection has left): each is refused end to end,
 * and nothing is written. Every test sets up its own case. */
let bed: SlackTestBed;
beforeEach(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
  await bed.command(PEOPLE.inspector, `case A01 <@${PEOPLE.caseManager}|sam>`);
  for (const v of ["custody", "high", "yes", "no"]) await clickAnswer(bed, "A01", v, PEOPLE.caseManager);
  await bed.reply(PEOPLE.inspector, bed.root("A01").ts, "no, the plan was late");
});
afterEach(async () => bed?.stop());

const CM = PEOPLE.caseManager;
const lastTold = (user: string) => bed.slack.ephemerals(user).at(-1)?.text ?? "";
const audit = () => bed.store.listAudit("dorset-2016", "A01");

describe("a case manager cannot work on an inspector's question", () => {
  it("refuses a forged note form on the inspector's evidence, and keeps the note", async () => {
    expect((await bed.store.getAnswers("dorset-2016", "A01"))["rr.assessment"]!.note).toBe("the plan was late");
    const before = await audit();
    const meta = encodeMeta({ i: "dorset-2016", c: "A01", f: "sqs-youth-2016", ch: CHANNEL, th: bed.root("A01").ts });
    await bed.submit(
      CM,
      { callback_id: "add_note", private_metadata: meta, id: "VFORGED", hash: "h1" },
      {
        question: { question: { type: "static_select", selected_option: { value: "rr.assessment" } } },
        note: { note: { type: "plain_text_input", value: "it was fine really" } },
      },
    );
    expect(lastTold(CM)).toContain("This is an inspector's judgement");
    expect((await bed.store.getAnswers("dorset-2016", "A01"))["rr.assessment"]!.note).toBe("the plan was late");
    expect(await audit()).toEqual(before);
    // Their own question they may still note.
    await bed.submit(
      CM,
      { callback_id: "add_note", private_metadata: meta, id: "VOWN", hash: "h2" },
      {
        question: { question: { type: "static_select", selected_option: { value: "profile.psr" } } },
        note: { note: { type: "plain_text_input", value: "PSR on file" } },
      },
    );
    expect((await bed.store.getAnswers("dorset-2016", "A01"))["profile.psr"]!.note).toBe("PSR on file");
  });

  it("refuses Skip, Back and Pause on the inspector's live question, and the thread stays where it is", async () => {
    expect(liveQuestionId(bed, "A01")).toBe("rr.psr_quality");
    const live = bed.liveQuestion("A01")!;
    for (const text of ["Skip", "Back", "Pause"]) {
      const told = bed.slack.ephemerals(CM).length;
      await bed.click(CM, live, (b) => b.text.text === text);
      expect(bed.slack.ephemerals(CM)).toHaveLength(told + 1);
      expect(lastTold(CM), text).toContain("This is an inspector's judgement");
    }
    expect(await bed.store.getCase("dorset-2016", "A01")).toMatchObject({ skipped: [], paused: false });
    expect(liveQuestionId(bed, "A01")).toBe("rr.psr_quality");
    // The inspector's own clicks still work on the same message.
    await bed.click(PEOPLE.inspector, live, (b) => b.text.text === "Skip");
    expect((await bed.store.getCase("dorset-2016", "A01"))!.skipped).toEqual(["rr.psr_quality"]);
  });
});

describe("an inspection brought to a new channel leaves the old one", () => {
  const NEW = "C0NEWROOM";
  beforeEach(async () => {
    await bed.command(PEOPLE.lead, "new dorset-2016", NEW);
    expect((await bed.store.getInspection("dorset-2016"))!.channel).toBe(NEW);
  });

  it("refuses case, summary, status, ask and mentions in the old channel, naming the new one", async () => {
    const posted = bed.slack.callsTo("chat.postMessage").length;
    for (const [user, text] of [
      [PEOPLE.inspector, "case A02"],
      [PEOPLE.manager, "summary"],
      [PEOPLE.inspector, "status"],
      [PEOPLE.inspector, "ask how many cases had a sufficient risk review?"],
      [PEOPLE.inspector, "history A01"],
    ] as const) {
      await bed.command(user, text);
      expect(lastTold(user), text).toContain(`moved to <#${NEW}>`);
    }
    await bed.mention(PEOPLE.manager, "how many cases had a sufficient risk review?");
    expect(lastTold(PEOPLE.manager)).toContain(`moved to <#${NEW}>`);
    expect(bed.slack.callsTo("chat.postMessage")).toHaveLength(posted);
    expect(await bed.store.getCase("dorset-2016", "A02")).toBeUndefined();
    // The new channel has it.
    await bed.command(PEOPLE.inspector, "case A02", NEW);
    expect((await bed.store.getCase("dorset-2016", "A02"))!.thread!.channel).toBe(NEW);
  });

  it("refuses typed answers and clicks in the old channel's case threads, and records nothing", async () => {
    const before = await audit();
    await bed.reply(PEOPLE.inspector, bed.root("A01").ts, "yes");
    expect(lastTold(PEOPLE.inspector)).toContain(`moved to <#${NEW}>`);
    await clickAnswer(bed, "A01", "yes");
    expect(lastTold(PEOPLE.inspector)).toContain(`moved to <#${NEW}>`);
    expect(await audit()).toEqual(before);
    expect(liveQuestionId(bed, "A01")).toBe("rr.psr_quality");
  });

  it("carries a case on in a new thread in the new channel, closing the old thread's question", async () => {
    await bed.command(PEOPLE.inspector, "case A01", NEW);
    const kase = (await bed.store.getCase("dorset-2016", "A01"))!;
    expect(kase.thread!.channel).toBe(NEW);
    const old = bed.slack.messages.filter((m) => m.channel === CHANNEL && JSON.stringify(m.blocks ?? []).includes(`Moved to <#${NEW}>`));
    expect(old).toHaveLength(1);
    const live = bed.slack
      .thread(NEW, kase.thread!.ts)
      .filter((m) => m.blocks?.some((b) => b.block_id === "answer"))
      .at(-1)!;
    await bed.click(PEOPLE.inspector, live, (b) => b.decoded?.v === "yes");
    expect((await bed.store.getAnswers("dorset-2016", "A01"))["rr.psr_quality"]).toMatchObject({ value: "yes", by: PEOPLE.inspector });
  });

  it("lets the old channel hold another inspection", async () => {
    await bed.command(PEOPLE.lead, "new other-2027 Other", CHANNEL);
    expect((await bed.store.getInspection("other-2027"))!.channel).toBe(CHANNEL);
    expect((await bed.store.getInspection("dorset-2016"))!.channel).toBe(NEW);
  });
});
