import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEOPLE, SlackTestBed, liveQuestionId, setUpInspection } from "../support/slack-testbed.ts";

const { inspector: INSP, caseManager: SAM, otherCaseManager: KIM } = PEOPLE;
let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
  await bed.command(INSP, `case A01 <@${SAM}|sam>`);
});
afterAll(async () => bed?.stop());

const select = (value: string) => ({ value: { type: "static_select", selected_option: { value, text: { type: "plain_text", text: value } } } });

describe("the profile in one form", () => {
  it("offers the form on the case manager's first question and opens it with a select per factual question", async () => {
    await bed.click(SAM, bed.liveQuestion("A01")!, (b) => b.text.text === "Answer all the profile questions at once");
    const opened = bed.slack.callsTo("views.open").at(-1)!.args.view;
    expect(opened.callback_id).toBe("answer_section");
    expect(opened.blocks.map((b: { block_id: string }) => b.block_id)).toEqual([
      "q:profile.sentence",
      "q:profile.rosh_level",
      "q:profile.psr",
      "q:profile.panel_report",
    ]);
  });

  it("refuses another case manager's submission question by question, recording nothing", async () => {
    const view = bed.slack.callsTo("views.open").at(-1)!.args.view;
    await bed.submit(KIM, { ...view, id: "V0KIM", hash: "h1" }, { "q:profile.sentence": select("custody") });
    expect(bed.slack.ephemerals(KIM).at(-1)!.text).toContain("Case A01 is not one of your cases");
    expect(await bed.store.getAnswers("dorset-2016", "A01")).toEqual({});
  });

  it("records every chosen answer as a click would, and moves the thread on past them", async () => {
    const view = bed.slack.callsTo("views.open").at(-1)!.args.view;
    await bed.submit(
      SAM,
      { ...view, id: "V0SAM", hash: "h2" },
      {
        "q:profile.sentence": select("custody"),
        "q:profile.rosh_level": select("high"),
        "q:profile.psr": select("yes"),
        "q:profile.panel_report": select("no"),
      },
    );
    const answers = await bed.store.getAnswers("dorset-2016", "A01");
    expect(Object.fromEntries(Object.entries(answers).map(([q, a]) => [q, [a.value, a.by]]))).toEqual({
      "profile.sentence": ["custody", SAM],
      "profile.rosh_level": ["high", SAM],
      "profile.psr": ["yes", SAM],
      "profile.panel_report": ["no", SAM],
    });
    expect((await bed.store.listAudit("dorset-2016", "A01")).map((e) => e.action)).toEqual(["answer", "answer", "answer", "answer"]);
    expect(bed.slack.ephemerals(SAM).at(-1)!.text).toBe("4 answers recorded on case A01.");
    expect(liveQuestionId(bed, "A01")).not.toMatch(/^profile\./);
    expect(bed.root("A01").text).toMatch(/^Case A01: 4 of/);
  });
});
