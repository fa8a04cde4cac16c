import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageShortcut } from "../support/slack-payloads.ts";
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
const file = {
  id: "F0PLAN",
  name: "risk-plan.pdf",
  title: "risk-plan.pdf",
  permalink: "https://casecheck-test.slack.com/files/U0SAM/F0PLAN/risk-plan.pdf",
  url_private: "https://files.slack.com/files-pri/T111-F0PLAN/risk-plan.pdf",
};
const share = (user: string, extra: Record<string, unknown>) =>
  bed.event("message.file-share", { user, thread_ts: bed.root("A01").ts, ts: bed.slack.nextTs(), channel: CHANNEL, ...extra });

describe("evidence shared in a case thread", () => {
  it("asks for an answer first when nothing is answered yet", async () => {
    await share(SAM, { files: [file] });
    expect(bed.slack.ephemerals(SAM).at(-1)!.text).toBe("Answer a question first; evidence is kept with an answer. The file stays in the thread.");
  });

  it("records a shared file's id and permalink (not its content) on the last answer, with an audit entry", async () => {
    await clickAnswer(bed, "A01", "custody", SAM);
    await share(SAM, { files: [file], text: "the plan" });
    expect((await answers())["profile.sentence"]!.evidence).toEqual([
      { file: "F0PLAN", url: file.permalink, name: "risk-plan.pdf", by: SAM, at: expect.any(String) },
    ]);
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

describe("the message shortcut and the note form", () => {
  it("adds any message, with its files, to a chosen case's answer", async () => {
    const message = {
      ts: bed.slack.nextTs(),
      user: PEOPLE.lead,
      text: "Court papers for A01",
      files: [{ id: "F0COURT", name: "court.pdf", permalink: "https://casecheck-test.slack.com/files/U0LEAD/F0COURT/court.pdf" }],
    };
    await bed.send(messageShortcut(SAM, "add_evidence", "C0ELSEWHERE", message, bed.slack.responseUrl()));
    const view = bed.slack.callsTo("views.open").at(-1)!.args.view;
    expect(view.callback_id).toBe("add_evidence");
    // A case manager is offered only their own cases.
    const cases = view.blocks.find((b: { block_id?: string }) => b.block_id === "case").element.options.map((o: { value: string }) => o.value);
    expect(cases).toEqual(["dorset-2016/A01"]);
    await bed.submit(
      SAM,
      { ...view, id: "V0SHORT", hash: "h1" },
      {
        case: { case: { type: "static_select", selected_option: { value: "dorset-2016/A01" } } },
        question: { question: { type: "static_select", selected_option: null } },
      },
    );
    const evidence = (await answers())["profile.sentence"]!.evidence!;
    expect(evidence.slice(-2).map((e) => [e.file, e.url])).toEqual([
      ["F0COURT", "https://casecheck-test.slack.com/files/U0LEAD/F0COURT/court.pdf"],
      [undefined, `https://casecheck-test.slack.com/archives/C0ELSEWHERE/p${message.ts.replace(".", "")}`],
    ]);
    expect(bed.slack.ephemerals(SAM).at(-1)!.text).toBe("2 files and links added as evidence to “What sentence is the child serving?” on case A01.");
  });

  it("takes a file in the note form", async () => {
    await bed.click(INSP, bed.liveQuestion("A01")!, (b) => b.text.text === "Add note");
    const view = bed.slack.callsTo("views.open").at(-1)!.args.view;
    expect(view.blocks.map((b: { element: { type: string } }) => b.element.type)).toContain("file_input");
    const upload = { id: "F0UP", name: "visit.jpg", permalink: "https://casecheck-test.slack.com/files/U0INSP/F0UP/visit.jpg" };
    await bed.submit(
      INSP,
      { ...view, id: "V0NOTE", hash: "h2" },
      {
        question: { question: { type: "static_select", selected_option: { value: "profile.sentence" } } },
        files: { files: { type: "file_input", files: [upload] } },
      },
    );
    expect((await answers())["profile.sentence"]!.evidence!.at(-1)).toMatchObject({ file: "F0UP", url: upload.permalink, by: INSP });
    expect((await answers())["profile.sentence"]!.note).toBeUndefined();
  });
});
