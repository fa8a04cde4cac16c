import { describe, expect, it } from "vitest";
import { buildHelpMessage } from "../../../src/slack/blocks/help.ts";
import { buildHomeView, type HomeInspection } from "../../../src/slack/blocks/home.ts";
import { buildChangeModal, buildNoteModal } from "../../../src/slack/blocks/modals.ts";
import { buildStatusMessage } from "../../../src/slack/blocks/status.ts";
import { decodeMeta } from "../../../src/slack/button-value.ts";
import { progressOf } from "../../../src/core/interview/case-state.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { limitProblems } from "../../support/slack-block-limits.ts";
import type { SlackJson } from "../../support/fake-slack.ts";

const meta = { i: "a".repeat(64), c: "R".repeat(32), f: "sqs-youth-2016", ch: "C0INSPECT", th: "1700000000.000100" };
const answered = Array.from({ length: 130 }, (_, i) => ({ id: `q.n${i}`, label: `Yes · ${"A very long question text that goes on and on ".repeat(3)}${i}` }));

describe("modals", () => {
  it("change: question, new answer and reason, within the limits even with 130 answers", () => {
    const view = buildChangeModal({ meta, caseRef: meta.c, answered, initialQuestion: "q.n129", initialValue: "no" });
    expect(limitProblems("view", view.blocks as SlackJson[], { title: (view.title as SlackJson).text, privateMetadata: view.private_metadata })).toEqual([]);
    expect(view.blocks.map((b: SlackJson) => b.block_id)).toEqual(["question", "value", "reason"]);
    expect((view.blocks[0] as SlackJson).element.initial_option.value).toBe("q.n129");
    expect((view.blocks[1] as SlackJson).element.initial_value).toBe("no");
    expect(decodeMeta(view.private_metadata)).toEqual(meta);
  });

  it("note: question and note", () => {
    const view = buildNoteModal({ meta, caseRef: "D07", answered: answered.slice(0, 3) });
    expect(limitProblems("view", view.blocks as SlackJson[], { title: (view.title as SlackJson).text })).toEqual([]);
    expect(view.blocks.map((b: SlackJson) => b.block_id)).toEqual(["question", "note", "files"]);
  });
});

describe("buildHomeView", () => {
  it("invites someone with no inspection to be added", () => {
    expect(JSON.stringify(buildHomeView([]).blocks)).toContain("/casecheck role @you inspector");
  });

  it("stays within a view's 100 blocks however many inspections and cases", () => {
    const one = (i: number): HomeInspection => ({
      id: `insp-${i}`,
      name: `Inspection ${i}`,
      role: "inspector",
      channel: "C1",
      cases: 300,
      complete: 10,
      inProgress: Array.from({ length: 290 }, (_, c) => ({ ref: `D${c}`, answered: 3, total: 42, paused: c % 2 === 0 })),
      waiting: Array.from({ length: 200 }, (_, c) => ({ ref: `D${c}`, questions: 4 })),
    });
    const view = buildHomeView(Array.from({ length: 40 }, (_, i) => one(i)));
    expect(limitProblems("view", view.blocks as SlackJson[])).toEqual([]);
    expect(JSON.stringify(view.blocks)).toContain("more inspections");
  });
});

describe("status and help", () => {
  it("status lists cases within a message's limits", () => {
    const progress = progressOf(sqsYouth2016, {});
    const rows = Array.from({ length: 400 }, (_, i) => ({
      kase: { inspection: "x", ref: `D${i}`, createdAt: "", createdBy: "", skipped: [], paused: false, manager: "U0SAM" },
      progress,
    }));
    const message = buildStatusMessage("Dorset", rows);
    expect(limitProblems("message", message.blocks, { text: message.text })).toEqual([]);
  });

  it("help names every subcommand", () => {
    const text = JSON.stringify(buildHelpMessage().blocks);
    for (const sub of ["new", "case", "ask", "summary", "status", "export", "role", "help"]) expect(text).toContain(`/casecheck ${sub}`);
    expect(limitProblems("message", buildHelpMessage().blocks)).toEqual([]);
  });
});
