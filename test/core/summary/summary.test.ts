import { describe, expect, it } from "vitest";
import { summaryMarkdown } from "../../../src/core/summary/markdown.ts";
import { sentenceFor } from "../../../src/core/summary/sentence.ts";
import { summarise, toSummaryJson } from "../../../src/core/summary/summary.ts";
import { summaryText } from "../../../src/core/summary/text.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { dorsetInspection, loadDorset } from "../../support/dorset.ts";

const dorset = loadDorset();
const summary = summarise(sqsYouth2016, dorsetInspection, dorset);
const text = summaryText(summary);

/** The lines under a heading of the plain-text summary. */
const linesUnder = (heading: string) => {
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  const end = lines.findIndex((l, i) => i > start && l === "");
  return lines.slice(start + 1, end === -1 ? undefined : end).map((l) => l.replace(/^\s*- /, ""));
};

describe("the Dorset summary as text", () => {
  it("states each figure as the report does", () => {
    expect(text).toContain("Sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority).");
    expect(text).toContain("Sufficient planning to reduce the likelihood of reoffending in 12 of the 19 applicable cases (63%, the majority).");
    expect(text).toContain("A sufficient review of the risk of harm in 5 of the 10 cases where a review was expected (50%, half).");
    expect(text).toContain("Management oversight of safeguarding was effective in 7 of the 13 cases where oversight was needed (54%, the majority).");
    expect(text).toContain("Sufficient planning throughout the custodial period in 3 of the 3 custody cases (100%, all).");
    expect(text).toContain("No clear risk management plan in 7 of the 10 cases of medium or higher risk of serious harm (70%, the majority).");
    expect(text).toContain("The safeguarding plan updated in 5 of the 10 cases where it should have been (50%, half).");
  });

  it("has the inspection, the cases line and the four report sections plus the interview, without the case profile", () => {
    expect(text.split("\n").slice(0, 2)).toEqual(["Dorset Combined YOS, SQS September 2016 (dorset-2016)", "20 cases, all complete."]);
    expect(summary.sections.map((s) => s.title)).toEqual([
      "Reducing reoffending",
      "Protecting the public",
      "Protecting the child or young person",
      "Making sure the sentence is served",
      "Interview with the case manager",
    ]);
    expect(text).not.toContain("Sentenced to");
  });

  it("lists the areas needing improvement, including the risk of harm review and the missing plans", () => {
    const areas = linesUnder("Areas needing improvement");
    expect(areas).toContain("A sufficient review of the risk of harm: 5 of 10 (50%)");
    expect(areas).toContain("No clear risk management plan: 7 of 10 (70%)");
    expect(areas).toContain("A sufficient review of safeguarding and vulnerability: 3 of 9 (33%)");
    expect(areas).toContain("Management oversight of public protection work was effective: 4 of 12 (33%)");
    // Strengths are not areas for improvement.
    expect(areas.join("\n")).not.toMatch(/diversity|effective practice|returned|return to court/i);
    expect(summary.improvements.map((m) => m.id)).not.toContain("rosh.oversight=ineffective");
    // The missing plans are listed once, as the report puts them, not also as "a clear plan in 3 of 10".
    expect(summary.improvements.map((m) => m.id)).not.toContain("rosh.rmp");
  });

  it("leaves out reasons for falling short that no case had", () => {
    expect(summary.sections[0]!.metrics.map((m) => m.id)).toContain("rr.planning_gaps=not_done");
    // D02 and D13 are the only cases whose planning had not been done.
    const noGaps = dorset.filter((c) => !["D02", "D13"].includes(c.ref));
    const t = summaryText(summarise(sqsYouth2016, dorsetInspection, noGaps, "rr"));
    expect(t).not.toContain("it had not been done");
    expect(t).toContain("it was done too late");
  });

  it("says which cases are still in progress and how many answers are missing", () => {
    const partial = [...dorset, { ref: "D21", manager: "cm-01", answers: {} }];
    const t = summaryText(summarise(sqsYouth2016, dorsetInspection, partial));
    expect(t).toContain("21 cases, 20 complete; still in progress: D21.");
    expect(t).toContain("Sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority) (1 case not yet answered).");
  });

  it("can be one section only", () => {
    const rosh = summarise(sqsYouth2016, dorsetInspection, dorset, "rosh");
    expect(rosh.sections.map((s) => s.id)).toEqual(["rosh"]);
    expect(rosh.metrics.every((m) => m.section === "rosh")).toBe(true);
    expect(rosh.improvements.every((m) => m.section === "rosh")).toBe(true);
  });

  it("renders Markdown with numbered sections and the same sentences", () => {
    const md = summaryMarkdown(summary);
    expect(md).toContain("## 2. Protecting the public");
    expect(md).toContain("- Sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority).");
    expect(md).toContain("## Areas needing improvement");
    expect(md).not.toContain("## Consistency flags");
  });

  it("adds the quantifier word when asked", () => {
    const m = summary.metrics.find((x) => x.id === "ss.diversity")!;
    expect(sentenceFor(m, { quantifier: true })).toBe(
      "Diversity factors and barriers to engagement explored and understood in 19 of the 20 applicable cases (95%, all but one).",
    );
  });
});

describe("the summary JSON", () => {
  const json = toSummaryJson(summary);

  it("has the contract shape", () => {
    expect(json.inspection).toEqual({ id: "dorset-2016", name: "Dorset Combined YOS, SQS September 2016", framework: "sqs-youth-2016", frameworkVersion: 1 });
    expect(json.cases).toEqual({ total: 20, complete: 20 });
    expect(json.flags).toEqual([]);
    for (const m of json.metrics) {
      expect(m).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          section: expect.any(String),
          label: expect.any(String),
          numerator: expect.any(Number),
          denominator: expect.any(Number),
          unanswered: expect.any(Number),
          not_applicable: expect.any(Number),
          cases: { numerator: expect.any(Array), rest: expect.any(Array) },
        }),
      );
      expect(m.percent === null || typeof m.percent === "number").toBe(true);
      expect(m.quantifier === null || typeof m.quantifier === "string").toBe(true);
    }
  });

  it("carries the figures, words and case refs", () => {
    const review = json.metrics.find((m) => m.id === "rosh.review");
    expect(review).toMatchObject({
      id: "rosh.review",
      section: "rosh",
      label: "A sufficient review of the risk of harm",
      numerator: 5,
      denominator: 10,
      percent: 50,
      quantifier: "half",
      unanswered: 0,
      not_applicable: 10,
      cases: { numerator: ["D03", "D08", "D11", "D16", "D17"], rest: ["D02", "D05", "D07", "D13", "D19"] },
    });
    expect(json.metrics.find((m) => m.id === "profile.sentence=custody")).toMatchObject({ numerator: 3, denominator: 20, section: "profile" });
  });

  it("survives a round trip through JSON text unchanged", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("lists flags with case, rule and message", () => {
    const flagged = dorset.map((c) =>
      c.ref === "D02"
        ? { ...c, answers: { ...c.answers, "rosh.planning": { question: "rosh.planning", value: "yes", by: "import", at: "2016-09-14T17:00:00.000Z" } } }
        : c,
    );
    const s = summarise(sqsYouth2016, dorsetInspection, flagged);
    expect(toSummaryJson(s).flags).toEqual([{ case: "D02", rule: "planning_without_rmp", message: expect.stringContaining("risk management plan") }]);
    expect(summaryText(s)).toContain("Consistency flags\n  - D02: Planning to manage the risk of harm is judged sufficient");
  });
});
