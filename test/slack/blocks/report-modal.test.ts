import { describe, expect, it } from "vitest";
import { buildReportModal } from "../../../src/slack/blocks/report-modal.ts";
import type { SlackJson } from "../../support/fake-slack.ts";
import { limitProblems } from "../../support/slack-block-limits.ts";

const texts = { context: "Some context.", summary: "", operational_management: "x".repeat(3001), key_strengths: "- One", improvements: "- Two" };

describe("the report's narrative modal", () => {
  const view = buildReportModal({ i: "dorset-2016", ch: "C1" }, texts) as SlackJson;

  it("has a box per part, prefilled, optional, within Slack's limits", () => {
    expect(limitProblems("view", view.blocks)).toEqual([]);
    const inputs = view.blocks.filter((b: SlackJson) => b.type === "input");
    expect(inputs.map((b: SlackJson) => [b.block_id, b.element.initial_value, b.optional])).toEqual([
      ["context", "Some context.", true],
      ["summary", undefined, true],
      ["key_strengths", "- One", true],
      ["improvements", "- Two", true],
    ]);
  });

  it("sends a part longer than a Slack box to the command line instead of cutting it", () => {
    const note = view.blocks.find((b: SlackJson) => b.type === "context" && b.elements[0].text.includes("Operational management"));
    expect(note.elements[0].text).toContain(
      "is 3,001 characters, more than a Slack box holds: edit it with `casecheck report set --inspection dorset-2016 --part operational_management --file FILE`",
    );
  });
});
