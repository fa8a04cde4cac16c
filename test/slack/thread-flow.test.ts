import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHANNEL, PEOPLE, SlackTestBed, buttonsOf, clickAnswer, liveQuestionId, setUpInspection } from "../support/slack-testbed.ts";
import type { SlackJson } from "../support/fake-slack.ts";

let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
});
afterAll(async () => bed?.stop());

const I = PEOPLE.inspector;
const answers = (ref: string) => bed.store.getAnswers("dorset-2016", ref);
const audit = (ref: string) => bed.store.listAudit("dorset-2016", ref);
const lastTold = (user: string) => bed.slack.ephemerals(user).at(-1)?.text ?? "";
/** The last modal opened, with the id and hash Slack gave it (a submission carries both). */
const lastModal = () => {
  const call = bed.slack.callsTo("views.open").at(-1)!;
  return { ...call.args.view, id: call.response.view.id, hash: call.response.view.hash };
};

/** Opens a case and answers its profile: community, medium risk, a PSR, no panel report. Every
 * test opens its own case, so each passes alone (`-t`) and in any order. */
async function openWithProfile(ref: string) {
  await bed.command(I, `case ${ref}`);
  for (const v of ["community", "medium", "yes", "no"]) await clickAnswer(bed, ref, v);
  return bed.root(ref);
}

describe("a case thread", () => {
  it("reads a typed reply as an answer with a note: “no, it was late”", async () => {
    const root = await openWithProfile("T01");
    expect(liveQuestionId(bed, "T01")).toBe("rr.assessment");
    await bed.reply(I, root.ts, "no, it was late");
    expect((await answers("T01"))["rr.assessment"]).toMatchObject({ value: "no", note: "it was late", by: I });
    const answered = bed.slack.thread(CHANNEL, root.ts).find((m) => m.text?.startsWith("Case T01: Was enough done"))!;
    expect(JSON.stringify(answered.blocks)).toContain("✓ *No*, recorded by <@U0INSP>");
    expect(JSON.stringify(answered.blocks)).toContain("Note: it was late");
    expect(buttonsOf(answered).map((b) => b.text.text)).toEqual(["History"]);
    expect(liveQuestionId(bed, "T01")).toBe("rr.psr_quality");
    expect(JSON.stringify(root.blocks)).toMatch(/5 of \d+ answered · profile ✓ · reoffending 1\/\d+/);
  });

  it("explains what it expects when a reply is not an answer, and records nothing", async () => {
    const root = await openWithProfile("T05");
    await bed.reply(I, root.ts, "maybe later");
    expect(lastTold(I)).toContain("Please answer yes, no or n/a");
    expect(bed.slack.ephemerals(I).at(-1)!.thread_ts).toBe(root.ts);
    expect(await audit("T05")).toHaveLength(4);
    expect(liveQuestionId(bed, "T05")).toBe("rr.assessment");
  });

  it("adds a note to the last answer with a reply starting “note:”", async () => {
    const root = await openWithProfile("T06");
    await bed.reply(I, root.ts, "no");
    await bed.reply(I, root.ts, "note: plan written 6 weeks after sentence");
    expect((await answers("T06"))["rr.assessment"]!.note).toBe("plan written 6 weeks after sentence");
    expect((await audit("T06")).at(-1)).toMatchObject({ action: "note", question: "rr.assessment", note: "plan written 6 weeks after sentence" });
    expect(lastTold(I)).toContain("Note added");
  });

  it("goes back to the previous question; the same answer keeps it, a different one asks why", async () => {
    await bed.reply(I, (await openWithProfile("T07")).ts, "no, it was late");
    await bed.click(I, bed.liveQuestion("T07")!, (b) => b.text.text === "Back");
    expect(liveQuestionId(bed, "T07")).toBe("rr.assessment");
    expect(JSON.stringify(bed.liveQuestion("T07")!.blocks)).toContain("Recorded now: *No*");
    const before = (await audit("T07")).length;
    await clickAnswer(bed, "T07", "no");
    expect(await audit("T07")).toHaveLength(before);
    expect(liveQuestionId(bed, "T07")).toBe("rr.psr_quality");

    await bed.click(I, bed.liveQuestion("T07")!, (b) => b.text.text === "Back");
    await clickAnswer(bed, "T07", "yes");
    expect(await audit("T07")).toHaveLength(before);
    const modal = lastModal();
    expect(modal.callback_id).toBe("change_answer");
    expect(modal.blocks[0].element.initial_option.value).toBe("rr.assessment");
    expect(modal.blocks[1].element.initial_value).toBe("yes");
    await bed.submit(I, modal, {
      question: { question: { type: "static_select", selected_option: { value: "rr.assessment" } } },
      value: { value: { type: "plain_text_input", value: "yes" } },
      reason: { reason: { type: "plain_text_input", value: "Misread the assessment date" } },
    });
    expect((await audit("T07")).at(-1)).toMatchObject({
      action: "change",
      question: "rr.assessment",
      before: "no",
      after: "yes",
      reason: "Misread the assessment date",
      by: I,
    });
    expect(liveQuestionId(bed, "T07")).toBe("rr.psr_quality");
    expect(bed.slack.thread(CHANNEL, bed.root("T07").ts).some((m) => m.text?.includes("from *No* to *Yes*. Reason: Misread the assessment date"))).toBe(true);
  });

  it("changes an earlier answer from the Change button; the reason is required and kept", async () => {
    await openWithProfile("T08");
    await bed.click(I, bed.liveQuestion("T08")!, (b) => b.text.text === "Change an answer");
    const modal = lastModal();
    expect(modal.blocks[0].element.options.map((o: SlackJson) => o.value)).toContain("profile.rosh_level");
    const values = (reason: string) => ({
      question: { question: { type: "static_select", selected_option: { value: "profile.rosh_level" } } },
      value: { value: { type: "plain_text_input", value: "high" } },
      reason: { reason: { type: "plain_text_input", value: reason } },
    });
    const refused = await bed.submit(I, modal, values("  "));
    expect(JSON.parse(refused.text)).toEqual({ response_action: "errors", errors: { reason: expect.stringContaining("Say why") } });
    expect((await answers("T08"))["profile.rosh_level"]!.value).toBe("medium");
    const badValue = await bed.submit(I, modal, { ...values("x"), value: { value: { type: "plain_text_input", value: "enormous" } } });
    expect(JSON.parse(badValue.text).errors.value).toContain("is not an answer");
    await bed.submit(I, modal, values("Risk level was raised in June"));
    expect((await audit("T08")).at(-1)).toMatchObject({
      action: "change",
      question: "profile.rosh_level",
      before: "medium",
      after: "high",
      reason: "Risk level was raised in June",
    });
    await bed.submit(I, modal, values("Risk level was raised in June"));
    expect((await audit("T08")).filter((e) => e.question === "profile.rosh_level")).toHaveLength(2);
  });

  it("adds a note from the Add note button", async () => {
    await openWithProfile("T10");
    await bed.click(I, bed.liveQuestion("T10")!, (b) => b.text.text === "Add note");
    const modal = lastModal();
    expect(modal.callback_id).toBe("add_note");
    await bed.submit(I, modal, {
      question: { question: { type: "static_select", selected_option: { value: "profile.psr" } } },
      note: { note: { type: "plain_text_input", value: "PSR dated 3 May" } },
    });
    expect((await answers("T10"))["profile.psr"]!.note).toBe("PSR dated 3 May");
  });

  it("skips a question and asks it again at the end", async () => {
    const root = await openWithProfile("T02");
    await bed.click(I, bed.liveQuestion("T02")!, (b) => b.text.text === "Skip");
    expect(liveQuestionId(bed, "T02")).toBe("rr.psr_quality");
    expect((await bed.store.getCase("dorset-2016", "T02"))!.skipped).toEqual(["rr.assessment"]);
    expect(bed.slack.thread(CHANNEL, root.ts).some((m) => JSON.stringify(m.blocks).includes("Skipped for now"))).toBe(true);
  });

  it("pauses, refuses the paused message's buttons, and carries on with /casecheck case", async () => {
    await openWithProfile("T03");
    const question = structuredClone(bed.liveQuestion("T03")!);
    await bed.click(I, question, (b) => b.text.text === "Pause");
    expect((await bed.store.getCase("dorset-2016", "T03"))!.paused).toBe(true);
    expect(bed.liveQuestion("T03")).toBeUndefined();
    await bed.click(I, question, (b) => b.decoded?.v === "yes");
    expect(lastTold(I)).toContain("Case T03 is paused");
    await bed.reply(I, bed.root("T03").ts, "yes");
    expect(lastTold(I)).toContain("Case T03 is paused");
    expect(await audit("T03")).toHaveLength(4);
    await bed.command(I, "case T03");
    expect((await bed.store.getCase("dorset-2016", "T03"))!.paused).toBe(false);
    expect(liveQuestionId(bed, "T03")).toBe("rr.assessment");
    await clickAnswer(bed, "T03", "yes");
    expect(await audit("T03")).toHaveLength(5);
  });

  it("reads a mention in a case thread as a question about the figures, not as an answer", async () => {
    const root = await openWithProfile("T11");
    const before = (await audit("T11")).length;
    const text = `<@U0BOT> how many cases had sufficient planning?`;
    const ts = bed.slack.nextTs();
    // Slack sends both events for one message in a channel the app is in.
    await bed.event("app-mention", { user: I, text, ts, thread_ts: root.ts, channel: CHANNEL });
    await bed.event("message.thread-reply", { user: I, text, ts, thread_ts: root.ts, channel: CHANNEL });
    expect(await audit("T11")).toHaveLength(before);
    expect(liveQuestionId(bed, "T11")).toBe("rr.assessment");
    const reply = bed.slack.thread(CHANNEL, root.ts).at(-1)!;
    expect(reply.text).toContain("sufficient planning to reduce the likelihood of reoffending");
  });

  it("asks for at least one box on a choose-all-that-apply question", async () => {
    await openWithProfile("T04");
    await clickAnswer(bed, "T04", "yes");
    await clickAnswer(bed, "T04", "yes");
    await clickAnswer(bed, "T04", "no");
    expect(liveQuestionId(bed, "T04")).toBe("rr.planning_gaps");
    await bed.click(I, bed.liveQuestion("T04")!, (b) => b.action_id === "save_choices");
    expect(lastTold(I)).toContain("Tick at least one option");
    await bed.reply(I, bed.root("T04").ts, "late, wrong priorities");
    expect((await answers("T04"))["rr.planning_gaps"]!.value).toEqual(["late", "wrong_priorities"]);
  });
});
