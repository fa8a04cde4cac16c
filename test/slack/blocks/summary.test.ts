import { describe, expect, it } from "vitest";
import { sentenceFor } from "../../../src/core/summary/sentence.ts";
import { summarise, type Summary } from "../../../src/core/summary/summary.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { buildSummaryMessages } from "../../../src/slack/blocks/summary.ts";
import { LIMITS } from "../../../src/slack/limits.ts";
import { dorsetInspection, loadDorset } from "../../support/dorset.ts";
import { limitProblems } from "../../support/slack-block-limits.ts";
import type { SlackJson } from "../../support/fake-slack.ts";

const dorset = summarise(sqsYouth2016, dorsetInspection, loadDorset());
const textOf = (messages: ReturnType<typeof buildSummaryMessages>) =>
  messages
    .flatMap((m) => m.blocks)
    .map((b: SlackJson) => b.text?.text ?? b.elements?.map((e: SlackJson) => e.text).join(" ") ?? "")
    .join("\n");

describe("buildSummaryMessages", () => {
  it("has a header, every figure as its sentence, and the areas needing improvement", () => {
    const messages = buildSummaryMessages(dorset);
    expect((messages[0]!.blocks[0] as SlackJson).type).toBe("header");
    const text = textOf(messages);
    for (const m of dorset.sections.flatMap((s) => s.metrics)) expect(text).toContain(sentenceFor(m));
    expect(text).toContain("*Areas needing improvement*");
    expect(text).toContain("Sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority).");
    for (const m of messages) expect(limitProblems("message", m.blocks, { text: m.text })).toEqual([]);
  });

  it("says how far the inspection has got when cases are unfinished", () => {
    const partial = summarise(sqsYouth2016, dorsetInspection, [...loadDorset(), { ref: "D21", answers: {} }]);
    expect(textOf(buildSummaryMessages(partial))).toContain("21 cases, 20 complete; still in progress: D21");
  });

  it("splits a summary too long for one message into parts within the limits, losing nothing", () => {
    // Twelve copies of every section: far more than one message holds.
    const long: Summary = {
      ...dorset,
      sections: Array.from({ length: 12 }, (_, i) => dorset.sections.map((s) => ({ ...s, id: `${s.id}${i}`, title: `${s.title} (${i + 1})` }))).flat(),
    };
    const messages = buildSummaryMessages(long);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
      expect(limitProblems("message", m.blocks, { text: m.text })).toEqual([]);
    }
    expect(JSON.stringify(messages[1]!.blocks[0])).toContain(`part 2 of ${messages.length}`);
    const text = textOf(messages);
    const sentences = long.sections.flatMap((s) => s.metrics.map((m) => sentenceFor(m)));
    let from = 0;
    for (const s of sentences) {
      const at = text.indexOf(s, from);
      expect(at, s).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it("cuts no text: a section holding more than 3000 characters becomes several blocks", () => {
    const many: Summary = { ...dorset, sections: [{ ...dorset.sections[0]!, metrics: Array(60).fill(dorset.sections[0]!.metrics[0]) }] };
    const messages = buildSummaryMessages(many);
    expect(textOf(messages).split(sentenceFor(dorset.sections[0]!.metrics[0]!)).length - 1).toBe(60);
    for (const m of messages) expect(limitProblems("message", m.blocks)).toEqual([]);
  });
});
