import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHANNEL, PEOPLE, SlackTestBed, clickAnswer, liveQuestionId, setUpInspection } from "../support/slack-testbed.ts";

const { inspector: INSP, caseManager: SAM } = PEOPLE;
let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
  await bed.command(INSP, `case A01 <@${SAM}|sam>`);
});
afterAll(async () => bed?.stop());

const answers = () => bed.store.getAnswers("dorset-2016", "A01");
const file = { id: "F0PLAN", name: "risk-plan.pdf", title: "risk-plan.pdf", permalink: "https://casecheck-test.slack.com/files/U0SAM/F0PLAN/risk-plan.pdf", url_private: "https://files.slack.com/files-pri/T111-F0PLAN/risk-plan.pdf" };
const share = (user: string, extra: Record<string, unknown>) => bed.event("message.file-share", { user, thread_ts: bed.root("A01").ts, ts: bed.slack.nextTs(), channel: CHANNEL, ...extra });

describe("evidence shared in a case thread", () => {
  it("asks for an answer first when nothing is answered yet", async () => {
    await share(SAM, { files: [file] });
    expect(bed.slack.ephemerals(SAM).at(-1)!.text).toBe("Answer a question first; evidence is kept with an answer. The file stays in the thread.");
  });

  it("records a shared file's id and permalink (not its content) on the last answer, with an audit entry", async () => {
    await clickAnswer(bed, "A01", "custody", SAM);
    await share(SAM, { files: [file], text: "the plan" });
    expect((await answers())["profile.sentence"]!.evidence).toEqual([{ file: "F0PLAN", url: file.permalink, name: "risk-plan.pdf", by: SAM, at: expect.any(String) }]);
    const audit = (await bed.store.listAudit("dorset-2016", "A01")).filter((e) => e.action === "evidence");
    expect(audit).toEqual([expect.objectContaining({ question: "profile.sentence", by: SAM, note: `risk-plan.pdf: ${file.permalink}` })]);
    expect(bed.slack.ephemerals(SAM).at(-1)!.text).toBe("File added as evidence to “What sentence is the child serving?” on case A01.");
    // The file's text was not read as an answer to the live question.
    expect(liveQuestionId(bed, "A01")).toBe("profile.rosh_level");
  });

  it("records a link shared on its own, and does not take it for an answer", async () => {
    await bed.reply(SAM, bed.root("A01").ts, "<https://records.example.org/case/17|case record>");
    expect((await answers())["profile.sentence"]!.evidence!.map((e) => e.url)).toEqual([file.permalink, "https://records.example.org/case/17"]);
    expect(liveQuestionId(bed, "A01")).toBe("profile.rosh_level");
    expect(bed.slack.ephemerals(SAM).at(-1)!.text).toBe("Link added as evidence to “What sentence is the child serving?” on case A01.");
  });

  it("refuses evidence from someone who may not answer on the case", async () => {
    await share(PEOPLE.otherCaseManager, { files: [{ ...file, id: "F0OTHER" }] });
    expect(bed.slack.ephemerals(PEOPLE.otherCaseManager).at(-1)!.text).toContain("Case A01 is not one of your cases");
    expect((await answers())["profile.sentence"]!.evidence).toHaveLength(2);
  });
});
