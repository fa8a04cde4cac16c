import { describe, expect, it } from "vitest";
import { findQuestion } from "../../../src/core/interview/interview.ts";
import type { AuditEntry } from "../../../src/core/records.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { buildHistoryMessage, slackTime } from "../../../src/slack/blocks/history.ts";
import type { SlackJson } from "../../support/fake-slack.ts";
import { limitProblems } from "../../support/slack-block-limits.ts";

const question = findQuestion(sqsYouth2016, "rr.assessment")!;
const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  inspection: "dorset-2016",
  case: "D07",
  question: question.id,
  action: "answer",
  before: null,
  after: "no",
  by: "U0INSP",
  at: "2026-01-05T09:00:00.000Z",
  ...over,
});
const text = (blocks: SlackJson[]) => JSON.stringify(blocks);

describe("buildHistoryMessage", () => {
  it("shows who answered what and when, and each change with before, after and reason", () => {
    const entries = [
      entry({ note: "it was late" }),
      entry({ action: "change", before: "no", after: "yes", by: "U0LEAD", at: "2026-01-06T10:30:00.000Z", reason: "Misread the <date> & time" }),
      entry({ action: "note", before: "yes", after: "yes", note: "plan dated 3 May", at: "2026-01-07T08:00:00.000Z" }),
    ];
    const message = buildHistoryMessage({
      inspection: "dorset-2016",
      caseRef: "D07",
      questions: [{ question, current: { question: question.id, value: "yes", by: "U0LEAD", at: "" }, entries }],
    });
    const lines = (message.blocks[1] as SlackJson).text.text.split("\n");
    expect(lines[0]).toBe(`*${question.text}* (\`rr.assessment\`)`);
    expect(lines[1]).toBe("Now *Yes*, from <@U0LEAD>.");
    expect(lines[2]).toBe(`• ${slackTime("2026-01-05T09:00:00.000Z")} · <@U0INSP> answered *No* · note: “it was late”`);
    expect(lines[3]).toBe(`• ${slackTime("2026-01-06T10:30:00.000Z")} · <@U0LEAD> changed *No* to *Yes* · reason: “Misread the &lt;date&gt; &amp; time”`);
    expect(lines[4]).toContain("<@U0INSP> added a note · note: “plan dated 3 May”");
    expect(message.text).toMatch(/^History of case D07: 3 entries\n/);
    expect(limitProblems("message", message.blocks, { text: message.text })).toEqual([]);
  });

  it("is read-only: nothing in it can be pressed or edited", () => {
    const message = buildHistoryMessage({ inspection: "i", caseRef: "D07", questions: [{ question, entries: [entry({})] }] });
    expect(message.blocks.every((b) => b.type === "section" || b.type === "context")).toBe(true);
    expect(text(message.blocks)).not.toMatch(/"(button|actions|input|accessory|static_select)"/);
  });

  it("shows times in the reader's time zone, with the ISO time as fallback", () => {
    expect(slackTime("2026-01-05T09:00:00.000Z")).toBe("<!date^1767603600^{date_short_pretty} {time}|2026-01-05T09:00:00.000Z>");
    expect(slackTime("not a time")).toBe("not a time");
  });

  it("stays within Slack's limits for a long trail, keeping the latest entries", () => {
    const long = "x".repeat(5_000);
    const entries = Array.from({ length: 400 }, (_, i) =>
      entry({ action: "change", before: "no", after: "yes", reason: `${i} ${long}`, at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }),
    );
    const questions = [
      { question, entries },
      { question: findQuestion(sqsYouth2016, "rosh.planning")!, entries: entries.map((e) => ({ ...e, question: "rosh.planning" })) },
    ];
    const message = buildHistoryMessage({ inspection: "dorset-2016", caseRef: "D07", questions });
    expect(limitProblems("message", message.blocks, { text: message.text })).toEqual([]);
    expect(text(message.blocks).length).toBeLessThan(20_000);
    expect(text(message.blocks)).toContain("399 xxx");
    expect(text(message.blocks)).not.toContain("“0 xxx");
    expect(JSON.stringify(message.blocks.at(-1))).toContain("npx casecheck export --inspection dorset-2016 --format json");
  });
});
