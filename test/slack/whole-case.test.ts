import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findQuestion } from "../../src/core/interview/interview.ts";
import { scoreInspection } from "../../src/core/scoring/score.ts";
import { sentenceFor } from "../../src/core/summary/sentence.ts";
import { summarise } from "../../src/core/summary/summary.ts";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { loadDemo } from "../../src/service/demo.ts";
import { loadInspection } from "../../src/service/inspections.ts";
import type { SlackJson } from "../support/fake-slack.ts";
import { loadDorset } from "../support/dorset.ts";
import { CHANNEL, SlackTestBed, liveQuestionId } from "../support/slack-testbed.ts";

const LEAD = "U0LEAD";
const INSPECTOR = "U0INSP";
const CASE_MANAGER = "U0SAM";
const MANAGER = "U0MGR";

/** D21 is answered like Dorset's D02: a medium-risk community case with gaps in planning. */
const script = loadDorset().find((c) => c.ref === "D02")!.answers;

/** The cases the summary should count: Dorset's 20 as published, and D21 as the script answers it. */
const expectedCases = () => [...loadDorset(), { ref: "D21", answers: script }];

let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await bed.command(LEAD, "new dorset-2016 Dorset Combined YOS, SQS 2016");
  // The other 20 Dorset cases arrive by CSV import, as an administrator would load them.
  await loadDemo(bed.store, "2016-09-14T17:00:00.000Z");
  await bed.command(LEAD, `role <@${INSPECTOR}|insp> inspector`);
  await bed.command(LEAD, `role <@${MANAGER}|mgr> manager`);
});
afterAll(async () => bed?.stop());

describe("a whole case in a Slack thread, by buttons only", () => {
  it("asks each question once, of the right person, and stores every answer", async () => {
    await bed.command(INSPECTOR, `case D21 <@${CASE_MANAGER}|sam>`);
    expect(await bed.store.getRole("dorset-2016", CASE_MANAGER)).toBe("case_manager");
    const asked: string[] = [];
    for (let guard = 0; guard < 60; guard++) {
      const message = bed.liveQuestion("D21");
      if (!message) break;
      const id = liveQuestionId(bed, "D21")!;
      if (asked.includes(id)) break;
      asked.push(id);
      const question = findQuestion(sqsYouth2016, id)!;
      const answer = script[id];
      expect(answer, `D02 has an answer to ${id}`).toBeDefined();
      const who = question.audience === "cm" ? CASE_MANAGER : INSPECTOR;
      if (question.kind === "multi") {
        const values = answer!.value as string[];
        const state = { choices: { tick: { type: "checkboxes", selected_options: values.map((v) => ({ value: v, text: { type: "plain_text", text: v } })) } } };
        await bed.click(who, message, (b) => b.action_id === "save_choices", state);
      } else await bed.click(who, message, (b) => b.decoded?.v === answer!.value);
    }
    const stored = await bed.store.getAnswers("dorset-2016", "D21");
    expect(Object.keys(stored).sort()).toEqual(Object.keys(script).sort());
    for (const [id, a] of Object.entries(script)) expect(stored[id]!.value, id).toEqual(a.value);
    expect(stored["profile.sentence"]!.by).toBe(CASE_MANAGER);
    expect(stored["rr.assessment"]!.by).toBe(INSPECTOR);
    expect(await bed.store.listAudit("dorset-2016", "D21")).toHaveLength(asked.length);
    expect(bed.logs.filter((l) => l.level >= 50)).toEqual([]);

    const root = bed.root("D21");
    const thread = bed.slack.thread(CHANNEL, root.ts);
    expect(thread.at(-1)!.text).toBe("Case D21 is complete.");
    expect(JSON.stringify(root.blocks)).toContain("Complete ✓");
    expect(root.text).toMatch(/^Case D21: (\d+) of \1 answered · .* Complete ✓$/);
  });

  it("answers a question about the figures in the thread where it was asked", async () => {
    const { askQuestion } = await import("../../src/service/ask.ts");
    await bed.mention(MANAGER, "how many risk reviews were sufficient?");
    const mention = bed.slack.calls.filter((c) => c.method === "chat.postMessage").at(-1)!.args;
    // Worked out from the fixture and the script, not read back from the store the app wrote.
    const expected = await askQuestion({ framework: sqsYouth2016, cases: expectedCases(), question: "how many risk reviews were sufficient?" });
    expect(mention.thread_ts).toBeDefined();
    expect(mention.text).toBe(expected.text);
  });

  it("posts a summary whose figures are scoreInspection's for the stored cases", async () => {
    const before = bed.slack.messages.length;
    await bed.command(MANAGER, "summary");
    const posted = bed.slack.messages.slice(before);
    const text = posted
      .flatMap((m) => m.blocks ?? [])
      .map((b: SlackJson) => b.text?.text ?? "")
      .join("\n");
    const loaded = await loadInspection(bed.store, "dorset-2016");
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.scored).toHaveLength(21);
    // The expected figures come from the fixture and the script, not from what the app stored:
    // an answer stored wrongly by the thread would change the post but not these.
    const metrics = scoreInspection(sqsYouth2016, expectedCases());
    const summary = summarise(sqsYouth2016, loaded.inspection, expectedCases());
    const shown = summary.sections.flatMap((s) => s.metrics);
    expect(shown.length).toBeGreaterThan(40);
    for (const m of shown) {
      const scored = metrics.find((x) => x.id === m.id)!;
      expect(text).toContain(sentenceFor(scored));
    }
    const review = metrics.find((m) => m.id === "rosh.review")!;
    expect(text).toContain(`in ${review.numerator} of the ${review.denominator}`);
  });
});
