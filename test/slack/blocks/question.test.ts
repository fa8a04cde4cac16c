import { describe, expect, it } from "vitest";
import { allowedValues, questionsOf } from "../../../src/core/framework/define.ts";
import { progressOf } from "../../../src/core/interview/case-state.ts";
import { promptFor } from "../../../src/core/interview/interview.ts";
import type { Case } from "../../../src/core/records.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { buildCompleteMessage, buildRootMessage } from "../../../src/slack/blocks/case-root.ts";
import { buildAnsweredBlocks, buildClosedQuestionBlocks, buildQuestionBlocks, type QuestionPrompt } from "../../../src/slack/blocks/question.ts";
import { decodeButton } from "../../../src/slack/button-value.ts";
import { LIMITS } from "../../../src/slack/limits.ts";
import { loadDorset } from "../../support/dorset.ts";
import { buttonsOf } from "../../support/slack-testbed.ts";
import { limitProblems } from "../../support/slack-block-limits.ts";
import type { SlackJson } from "../../support/fake-slack.ts";

// The longest ids the schemas allow, so every button value is tested at its largest.
const LONG_INSPECTION = "a".repeat(64);
const LONG_REF = "R".repeat(32);
const kase: Case = { inspection: LONG_INSPECTION, ref: LONG_REF, createdAt: "", createdBy: "U1", manager: "U0SAM", skipped: [], paused: false };
const dorsetD02 = loadDorset().find((c) => c.ref === "D02")!.answers;

const promptAt = (id: string, answers = {}) =>
  promptFor(
    sqsYouth2016,
    kase,
    answers,
    undefined,
    questionsOf(sqsYouth2016).find((q) => q.id === id),
  ) as QuestionPrompt;

describe("buildQuestionBlocks", () => {
  for (const question of questionsOf(sqsYouth2016)) {
    it(`${question.id}: a way to give every allowed value, within Slack's limits`, () => {
      const message = buildQuestionBlocks(promptAt(question.id), { inspection: LONG_INSPECTION, turn: 123456, manager: "U0SAM", hasAnswers: true });
      expect(limitProblems("message", message.blocks, { text: message.text })).toEqual([]);
      const buttons = buttonsOf({ channel: "C", ts: "1", blocks: message.blocks });
      for (const b of buttons) {
        expect(decodeButton(b.value)).toMatchObject({ i: LONG_INSPECTION, c: LONG_REF, q: question.id, n: 123456 });
        expect(b.value!.length).toBeLessThanOrEqual(LIMITS.buttonValue);
      }
      if (question.kind === "multi") {
        const boxes = (message.blocks.find((b: SlackJson) => b.block_id === "choices") as SlackJson).elements[0];
        expect(boxes.options.map((o: SlackJson) => o.value)).toEqual(allowedValues(question));
        expect(buttons.some((b) => b.action_id === "save_choices")).toBe(true);
      } else expect(buttons.filter((b) => b.decoded?.v).map((b) => b.decoded.v)).toEqual(allowedValues(question));
      expect(buttons.map((b) => b.text.text)).toEqual(expect.arrayContaining(["Add note", "Change an answer", "Pause"]));
    });
  }

  it("shows where the case is and who answers, and offers Back only after the first question", () => {
    const first = buildQuestionBlocks(promptAt("profile.sentence"), { inspection: "i", turn: 1, manager: "U0SAM", hasAnswers: false });
    const text = JSON.stringify(first.blocks);
    expect(text).toContain(`Case ${LONG_REF} · 1 of`);
    expect(text).toContain("For the case manager (<@U0SAM>)");
    const names = buttonsOf({ channel: "C", ts: "1", blocks: first.blocks }).map((b) => b.text.text);
    expect(names).toEqual(["Community", "Custody", "Answer all the profile questions at once", "Skip", "Pause"]);
    const later = buildQuestionBlocks(promptAt("rosh.planning", dorsetD02), { inspection: "i", turn: 9, hasAnswers: true });
    expect(buttonsOf({ channel: "C", ts: "1", blocks: later.blocks }).map((b) => b.text.text)).toEqual([
      "Yes",
      "No",
      "Not applicable",
      "Back",
      "Add note",
      "Change an answer",
      "Pause",
    ]);
    expect(JSON.stringify(later.blocks)).toContain("Recorded now: *No*");
  });

  it("once answered, shows the answer and note instead of buttons", () => {
    const prompt = promptAt("rr.planning");
    const answered = buildAnsweredBlocks(prompt, { question: "rr.planning", value: "no", note: "it was late <b>", by: "U0INSP", at: "" }, "i");
    const buttons = buttonsOf({ channel: "C", ts: "1", blocks: answered.blocks });
    expect(buttons.map((b) => [b.text.text, b.decoded])).toEqual([["History", { i: "i", c: prompt.caseRef, q: "rr.planning", n: 0 }]]);
    expect(limitProblems("message", answered.blocks, { text: answered.text })).toEqual([]);
    expect(JSON.stringify(answered.blocks)).toContain("✓ *No*, recorded by <@U0INSP>");
    expect(JSON.stringify(answered.blocks)).toContain("it was late &lt;b&gt;");
    const closed = buildClosedQuestionBlocks(prompt, "Skipped for now");
    expect(buttonsOf({ channel: "C", ts: "1", blocks: closed.blocks })).toEqual([]);
  });
});

describe("buildRootMessage", () => {
  it("reads as in DESIGN.md: case, case manager, progress per section", () => {
    const progress = progressOf(
      sqsYouth2016,
      Object.fromEntries(Object.entries(dorsetD02).filter(([id]) => id.startsWith("profile.") || id.startsWith("rr."))),
    );
    const root = buildRootMessage({ kase: { ...kase, ref: "D07" }, progress, flags: [] });
    expect((root.blocks[0] as SlackJson).text.text).toMatch(
      /^\*Case D07\* · case manager <@U0SAM> · 12 of \d+ answered · profile ✓ · reoffending ✓ · public 0\/\d+/,
    );
    expect(limitProblems("message", root.blocks, { text: root.text })).toEqual([]);
  });

  it("says when a case is complete, with its consistency flags", () => {
    const progress = progressOf(sqsYouth2016, dorsetD02);
    const flags = [{ case: "D07", rule: "r", message: "Planning judged sufficient without a risk management plan." }];
    expect(JSON.stringify(buildRootMessage({ kase, progress, flags }).blocks)).toContain("Complete ✓ · 1 consistency flag");
    const done = buildCompleteMessage("D07", progress, flags);
    expect(JSON.stringify(done.blocks)).toContain("without a risk management plan");
    expect(limitProblems("message", done.blocks)).toEqual([]);
  });
});
