import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/service/demo.ts";
import { limitProblems } from "../support/slack-block-limits.ts";
import { CHANNEL, PEOPLE, SlackTestBed, clickAnswer, setUpInspection } from "../support/slack-testbed.ts";
import type { SlackJson } from "../support/fake-slack.ts";

let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
  await loadDemo(bed.store, "2016-09-14T17:00:00.000Z");
  await bed.command(PEOPLE.inspector, `case D21 <@${PEOPLE.caseManager}|sam>`);
  await clickAnswer(bed, "D21", "custody", PEOPLE.caseManager);
});
afterAll(async () => bed?.stop());

const lastTold = (user: string) => bed.slack.ephemerals(user).at(-1)!;
const blockText = (blocks: SlackJson[] = []) => blocks.map((b) => b.text?.text ?? b.elements?.map((e: SlackJson) => e.text).join(" ") ?? "").join("\n");

describe("/casecheck", () => {
  it("new: binds the inspection to the channel with its creator as lead, and announces it", async () => {
    const inspection = await bed.store.getInspection("dorset-2016");
    expect(inspection).toMatchObject({ framework: "sqs-youth-2016", channel: CHANNEL, createdBy: PEOPLE.lead });
    expect(await bed.store.getRole("dorset-2016", PEOPLE.lead)).toBe("lead");
    expect(bed.slack.messages.find((m) => m.text?.includes("started inspection"))!.text).toContain("/casecheck case D01 @case-manager");
    await bed.command(PEOPLE.lead, "new other-2017", CHANNEL);
    expect(lastTold(PEOPLE.lead).text).toContain("This channel already holds inspection `dorset-2016`");
    await bed.command(PEOPLE.lead, "new Not_An_Id!", "C0OTHER");
    expect(lastTold(PEOPLE.lead).text).toContain("lower-case letters, digits and dashes");
    await bed.command(PEOPLE.inspector, "new dorset-2016", "C0OTHER");
    expect(lastTold(PEOPLE.inspector).text).toContain("only its lead inspector can bring it");
  });

  it("status: every case's progress, for the person asking only", async () => {
    await bed.command(PEOPLE.manager, "status");
    const told = lastTold(PEOPLE.manager);
    expect(told.text).toBe("Dorset Combined Youth Offending Service, SQS September 2016: 21 cases, 20 complete");
    expect(blockText(told.blocks)).toContain("• *D21* · <@U0SAM> · 1 of");
    expect(blockText(told.blocks)).toContain("• *D01* · cm-01 · complete ✓");
    await bed.command(PEOPLE.caseManager, "status");
    expect(blockText(lastTold(PEOPLE.caseManager).blocks)).not.toContain("D01");
  });

  it("summary SECTION #channel: one section, posted in the channel named", async () => {
    const before = bed.slack.messages.length;
    await bed.command(PEOPLE.manager, "summary public <#C0REPORTS|reports>");
    const [posted] = bed.slack.messages.slice(before);
    expect(posted!.channel).toBe("C0REPORTS");
    expect(posted!.text).toMatch(/^Protecting the public: Dorset Combined Youth Offending Service, SQS September 2016\n/);
    const text = blockText(posted!.blocks);
    expect(text).toContain("Sufficient planning to manage the risk of harm in 9 of the 16");
    expect(text).not.toContain("Reducing reoffending");
    expect(text).toContain("21 cases, 20 complete; still in progress: D21");
    expect(lastTold(PEOPLE.manager).text).toBe("Posted the summary in <#C0REPORTS>.");
    await bed.command(PEOPLE.manager, "summary weather");
    expect(lastTold(PEOPLE.manager).text).toContain("There is no section “weather”. Try one of `reoffending`, `public`");
  });

  it("export: the answers as a CSV file for the lead, in their direct messages", async () => {
    const before = bed.slack.files().length;
    await bed.command(PEOPLE.lead, "export");
    const [file] = bed.slack.files().slice(before);
    expect(file!.channel).toBe("D0LEAD");
    const csv = file!.bytes.toString();
    expect(csv).toContain("case_ref,case_manager,profile.sentence");
    expect(csv).toContain("D21,U0SAM,custody");
    expect(lastTold(PEOPLE.lead).text).toContain("as a file in your direct messages");
    await bed.command(PEOPLE.lead, "export json");
    expect(JSON.parse(bed.slack.files().at(-1)!.bytes.toString()).cases).toHaveLength(21);
  });

  it("help lists every subcommand", async () => {
    await bed.command(PEOPLE.stranger, "help");
    const text = blockText(lastTold(PEOPLE.stranger).blocks);
    for (const sub of ["new", "case", "ask", "summary", "status", "export", "report", "role", "help"]) expect(text).toContain(`/casecheck ${sub}`);
  });
});

describe("App Home", () => {
  it("shows the user's inspections, cases in progress and what waits for them", async () => {
    await bed.event("app-home-opened", { user: PEOPLE.caseManager, channel: "D0SAM", tab: "home" });
    const published = bed.slack.callsTo("views.publish").at(-1)!.args;
    expect(published.user_id).toBe(PEOPLE.caseManager);
    const text = blockText(published.view.blocks);
    expect(text).toContain("You are a case manager.");
    expect(text).toContain("Case D21: 3 questions wait for you");
    expect(text).not.toContain("D01");
    expect(limitProblems("view", published.view.blocks)).toEqual([]);

    await bed.event("app-home-opened", { user: PEOPLE.inspector, channel: "D0INSP", tab: "home" });
    const inspector = blockText(bed.slack.callsTo("views.publish").at(-1)!.args.view.blocks);
    expect(inspector).toContain("21 cases, 20 complete.");
    expect(inspector).toMatch(/Case D21: \d+ questions wait for you/);

    await bed.event("app-home-opened", { user: PEOPLE.stranger, channel: "D0NOBODY", tab: "home" });
    expect(blockText(bed.slack.callsTo("views.publish").at(-1)!.args.view.blocks)).toContain("not part of any inspection");
  });

  it("ignores the Messages tab", async () => {
    const published = bed.slack.callsTo("views.publish").length;
    await bed.event("app-home-opened", { user: PEOPLE.inspector, channel: "D0INSP", tab: "messages" });
    expect(bed.slack.callsTo("views.publish").length).toBe(published);
  });
});
