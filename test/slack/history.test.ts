import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slackTime } from "../../src/slack/blocks/history.ts";
import { CHANNEL, PEOPLE, SlackTestBed, buttonsOf, clickAnswer, setUpInspection } from "../support/slack-testbed.ts";

let bed: SlackTestBed;
const I = PEOPLE.inspector;
const SAM = PEOPLE.caseManager;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
  await bed.command(I, `case H01 <@${SAM}|sam>`);
  for (const v of ["community", "medium", "yes", "no"]) await clickAnswer(bed, "H01", v, SAM);
  await clickAnswer(bed, "H01", "no");
});
afterAll(async () => bed?.stop());

const lastTold = (user: string) => bed.slack.ephemerals(user).at(-1)!;
const toldText = (user: string) => JSON.stringify(lastTold(user).blocks ?? lastTold(user).text);
/** The thread message of a question, found by the start of its text. */
const questionMessage = (start: string) => bed.slack.thread(CHANNEL, bed.root("H01").ts).find((m) => m.text?.startsWith(`Case H01: ${start}`))!;

describe("the history of an answer", () => {
  it("shows the reason for a change made in the modal, under History, only to whoever pressed it", async () => {
    await bed.click(I, bed.liveQuestion("H01")!, (b) => b.text.text === "Change an answer");
    const call = bed.slack.callsTo("views.open").at(-1)!;
    const modal = { ...call.args.view, id: call.response.view.id, hash: call.response.view.hash };
    await bed.submit(I, modal, {
      question: { question: { type: "static_select", selected_option: { value: "rr.assessment" } } },
      value: { value: { type: "plain_text_input", value: "yes" } },
      reason: { reason: { type: "plain_text_input", value: "The assessment was dated before sentence" } },
    });
    const posted = bed.slack.callsTo("chat.postMessage").length;
    await bed.click(PEOPLE.lead, questionMessage("Was enough done"), (b) => b.text.text === "History");
    const told = lastTold(PEOPLE.lead);
    expect(told.thread_ts).toBe(bed.root("H01").ts);
    expect(told.text).toMatch(/^History of case H01: 2 entries\n/);
    const audit = await bed.store.listAudit("dorset-2016", "H01");
    const change = audit.find((e) => e.action === "change")!;
    expect(toldText(PEOPLE.lead)).toContain(`${slackTime(change.at)} · <@${I}> changed *No* to *Yes* · reason: “The assessment was dated before sentence”`);
    expect(toldText(PEOPLE.lead)).toContain(`<@${I}> answered *No*`);
    expect(toldText(PEOPLE.lead)).toContain("Now *Yes*");
    // Shown to one person, and nothing in the thread changed.
    expect(bed.slack.callsTo("chat.postMessage").length).toBe(posted);
    expect(buttonsOf({ channel: CHANNEL, ts: "", blocks: told.blocks })).toEqual([]);
    expect(await bed.store.listAudit("dorset-2016", "H01")).toEqual(audit);
  });

  it("shows the same with /casecheck history, for one question or the whole case", async () => {
    await bed.command(I, "history H01 rr.assessment");
    expect(toldText(I)).toContain("changed *No* to *Yes* · reason: “The assessment was dated before sentence”");
    await bed.command(I, "history H01");
    expect(lastTold(I).text).toMatch(/^History of case H01: 6 entries\n/);
    expect(toldText(I)).toContain(`<@${SAM}> answered *Community*`);
    await bed.command(I, "history H01 rr.nonsense");
    expect(lastTold(I).text).toContain("There is no question `rr.nonsense`");
    await bed.command(I, "history H99");
    expect(lastTold(I).text).toContain("There is no case H99 in dorset-2016");
  });

  it("shows a case manager the factual questions of their own case only", async () => {
    await bed.click(SAM, questionMessage("What sentence"), (b) => b.text.text === "History");
    expect(toldText(SAM)).toContain(`<@${SAM}> answered *Community*`);
    await bed.click(SAM, questionMessage("Was enough done"), (b) => b.text.text === "History");
    expect(lastTold(SAM).text).toContain("factual questions about their own cases only");
    await bed.command(SAM, "history H01");
    expect(lastTold(SAM).text).toMatch(/^History of case H01: 4 entries\n/);
    expect(toldText(SAM)).not.toContain("rr.assessment");
  });
});
