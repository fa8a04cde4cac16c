import { describe, expect, it } from "vitest";
import { createSession } from "../../src/cli/shell/session.ts";
import { openStore } from "../../src/store/open-store.ts";
import { runBin } from "../support/cli.ts";

async function shell() {
  const store = await openStore("memory://");
  let tick = 0;
  // `--as lead`: the terminal says who its user is (they lead only what they create here).
  const session = createSession({ store, user: "insp-1", now: () => `2026-11-25T12:00:${String(tick++).padStart(2, "0")}.000Z` }, { as: "lead" });
  const say = async (line: string) => (await session.handle(line)).join("\n");
  return { store, session, say };
}

describe("the shell: a case as a chat in the terminal", () => {
  it("walks a case question by question, skipping what does not apply", async () => {
    const { say, store } = await shell();
    expect(await say("new t-1 Test inspection")).toContain("Created inspection t-1");
    const first = await say("case D01 cm-1");
    expect(first).toContain("Started case D01");
    expect(first).toContain("What sentence is the child serving?");
    expect(first).toContain("[1] Community  [2] Custody");
    expect(await say("community")).toContain("What is the recorded risk of serious harm (RoSH) level?");
    expect(await say("low")).toContain("pre-sentence report");
    const afterPsr = await say("no");
    expect(afterPsr).toContain("referral order panel");
    await say("no");
    // No PSR: the PSR quality question is never asked.
    expect(await say("yes")).toContain("enough planning to reduce the likelihood of reoffending");
    expect((await store.getAnswers("t-1", "D01"))["rr.assessment"]).toMatchObject({ value: "yes", by: "insp-1" });
  });

  it("reads a typed answer with a note, and repeats the question after a bad answer", async () => {
    const { say, store } = await shell();
    await say("new t-2");
    await say("case D02");
    const bad = await say("perhaps");
    expect(bad).toContain('"perhaps" is not an answer to this question. Please answer one of: community, custody.');
    expect(bad).toContain("What sentence is the child serving?");
    await say("custody");
    await say("high");
    await say("yes");
    await say("no");
    await say("no, the assessment was late");
    const stored = await store.getAnswers("t-2", "D02");
    expect(stored["rr.assessment"]).toMatchObject({ value: "no", note: "the assessment was late" });
  });

  it("goes back, changes an answer with a reason, and keeps the change in the audit trail", async () => {
    const { say, store } = await shell();
    await say("new t-3");
    await say("case D03");
    await say("community");
    await say("medium");
    const back = await say("back");
    expect(back).toContain("What is the recorded risk of serious harm (RoSH) level?");
    expect(back).toContain("(now: Medium)");
    expect(await say("back")).toContain("(now: Community)");
    expect(await say("back")).toContain("This is the first question.");
    expect(await say("change profile.rosh_level")).toContain("(now: Medium)");
    expect(await say("high")).toContain("Why are you changing it?");
    expect(await say("misread the assessment")).toContain("Recorded.");
    expect((await store.getAnswers("t-3", "D03"))["profile.rosh_level"]?.value).toBe("high");
    const change = (await store.listAudit("t-3", "D03")).find((e) => e.action === "change");
    expect(change).toMatchObject({ question: "profile.rosh_level", before: "medium", after: "high", reason: "misread the assessment", by: "insp-1" });
  });

  it("a case manager is asked only the factual questions, and a manager cannot answer", async () => {
    const { say } = await shell();
    await say("new t-4");
    // Case managers do not start cases (as in Slack): the lead starts them, then acts as one.
    expect(await say("case D09 cm-other")).toContain("Started case D09");
    await say("as case_manager");
    expect(await say("community")).toContain("Case D09 is not one of your cases");
    await say("as lead");
    await say("case D04 insp-1");
    await say("as case_manager");
    for (const answer of ["community", "low", "no"]) await say(answer);
    expect(await say("no")).toContain("Case D04 is complete: 4 of 4 answered");
    await say("as lead");
    await say("case D05");
    await say("as manager");
    expect(await say("community")).toContain("As a manager you cannot answer questions");
  });

  it("shows progress and the summary", async () => {
    const { say } = await shell();
    await say("new t-5");
    await say("case D01");
    await say("custody");
    expect(await say("status")).toMatch(/D01: 1 of \d+ answered · profile 1\/4/);
    expect(await say("summary rosh")).toContain("Protecting the public");
    expect(await say("summary nope")).toContain('"nope" is not a section');
  });

  it("offers the Dorset demo on an empty store, then answers from it (real binary)", async () => {
    const result = await runBin(["shell"], { STORE_URL: "memory://" }, "y\nsummary rosh\nquit\n");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Load the Dorset 2016 demo inspection (20 cases)? [Y/n]");
    expect(result.stdout).toContain("Sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority).");
  });
});

describe("the shell answers questions about the figures", () => {
  it("through the same service as Slack (real binary, no model)", async () => {
    const result = await runBin(["shell"], { STORE_URL: "memory://" }, "y\nask how many risk reviews were sufficient?\nquit\n");
    expect(result.stdout).toMatch(/5 of the 10 cases where a review was expected/);
    expect(result.stdout).toContain("Read as: a sufficient review of the risk of harm, of the cases where a review was expected.");
  });

  it("offers numbered choices when unsure; typing a number answers with that reading (real binary)", async () => {
    const result = await runBin(
      ["shell"],
      { STORE_URL: "memory://" },
      "y\nask how many reviews were sufficient?\n2\nask how many reviews were sufficient?\nstatus\n2\nquit\n",
    );
    const out = result.stdout;
    expect(out).toContain("I am not sure this is the figure you mean.");
    const choices = [...out.matchAll(/^ {2}\[(\d)\] (.+)$/gm)].map((m) => m[2]);
    expect(choices.length).toBeGreaterThanOrEqual(2);
    // The second choice, answered: its "Read as" line names it.
    const second = choices[1]!.charAt(0).toLowerCase() + choices[1]!.slice(1);
    expect(out).toContain(`Read as: ${second}, of the`);
    // A number after another command is not a choice any more.
    expect(out.split(`Read as: ${second}, of the`).length - 1).toBe(1);
  });
});

describe("the shell has the roles Slack has", () => {
  /** A store with an inspection someone else created and leads, as after a Slack `new`. */
  async function theirs(as?: "lead" | "inspector") {
    const store = await openStore("memory://");
    await store.saveInspection({ id: "theirs", name: "Theirs", framework: "sqs-youth-2016", createdAt: "2026-11-25T09:00:00.000Z", createdBy: "U0LEAD" });
    await store.setRole("theirs", "U0LEAD", "lead");
    const session = createSession({ store, user: "someone", now: () => "2026-11-25T12:00:00.000Z" }, { inspection: "theirs", ...(as ? { as } : {}) });
    const say = async (line: string) => (await session.handle(line)).join("\n");
    return { store, say };
  }

  it("starts with no role: nothing is answered, read or changed, and `as lead` is refused", async () => {
    const { store, say } = await theirs();
    expect(await say("case D01")).toContain("You are not part of this inspection");
    expect(await say("summary")).toContain("You are not part of this inspection");
    expect(await say("as lead")).toContain("start it with `casecheck shell --as ROLE`");
    expect(await say("case D01")).toContain("You are not part of this inspection");
    expect(await store.listCases("theirs")).toEqual([]);
    expect(await store.getRole("theirs", "someone")).toBeUndefined();
  });

  it("with --as lead, leads only where the inspection says so; --as inspector works as an inspector", async () => {
    const asLead = await theirs("lead");
    expect(await asLead.say("case D01")).toContain("You are not part of this inspection");
    const asInspector = await theirs("inspector");
    expect(await asInspector.say("case D01")).toContain("What sentence is the child serving?");
    expect(await asInspector.say("custody")).toContain("Recorded.");
    expect((await asInspector.store.getAnswers("theirs", "D01"))["profile.sentence"]).toMatchObject({ value: "custody", by: "someone" });
  });

  it("takes the same turns as Slack: a case carried on in the shell answers the question the thread asks", async () => {
    const { say, store } = await shell();
    await say("new t-6");
    await say("case D06");
    await say("community");
    // The turn moved on in the store: a second session (another terminal) answers the live question.
    const other = createSession({ store, user: "insp-1", now: () => "2026-11-25T13:00:00.000Z" }, { as: "lead", inspection: "t-6" });
    await other.handle("case D06");
    expect((await other.handle("low")).join("\n")).toContain("Recorded.");
    // This terminal still shows the RoSH question, but the conversation has moved on: its
    // answer is read against the live question (the PSR), and RoSH keeps the other's answer.
    expect(await say("medium")).toContain('"medium" is not an answer to this question');
    expect(await say("yes")).toContain("Recorded.");
    const answers = await store.getAnswers("t-6", "D06");
    expect(answers["profile.rosh_level"]!.value).toBe("low");
    expect(answers["profile.psr"]!.value).toBe("yes");
  });
});
