import { describe, expect, it } from "vitest";
import { summarise } from "../../src/core/summary/summary.ts";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { buildReport } from "../../src/report/build.ts";
import { chartLayout } from "../../src/report/chart-layout.ts";
import { sectionChartAlt, sectionChartPng } from "../../src/report/chart.ts";
import type { Ratings, ReportInput } from "../../src/report/document.ts";
import { reportMarkdown } from "../../src/report/markdown.ts";
import type { Narrative } from "../../src/report/parts.ts";
import { dorsetInspection, IMPORTED_AT, loadDorset } from "../support/dorset.ts";

const summary = summarise(sqsYouth2016, dorsetInspection, loadDorset());
const by = { by: "U0LEAD", at: "2016-10-01T09:00:00.000Z" };
const input = (extra: Partial<ReportInput> = {}): ReportInput => ({
  summary,
  narrative: {},
  framework: sqsYouth2016,
  period: { from: "2016-09-12T09:00:00Z", to: IMPORTED_AT },
  ...extra,
});

describe("the draft report's structure", () => {
  it("follows the published report: context, summary, commentary, operational management, key strengths, improvements", () => {
    const doc = buildReport(input());
    expect(doc.sections.map((s) => s.title)).toEqual([
      "Context",
      "Summary",
      "Commentary on the inspection: Dorset Combined YOS, SQS September 2016",
      "Operational management",
      "Key strengths",
      "Areas requiring improvement",
    ]);
    expect(doc.sections[2]!.subsections!.map((s) => s.title)).toEqual([
      "1. Reducing reoffending",
      "2. Protecting the public",
      "3. Protecting the child or young person",
      "4. Making sure the sentence is served",
      "5. Interview with the case manager",
    ]);
    expect(doc.intro).toContain("The answers were recorded from 12 to 14 September 2016.");
  });

  it("uses the lead's words where written: paragraphs, lists, and an edited list of improvements", () => {
    const narrative: Narrative = {
      context: { part: "context", text: "The YOS was created by a merger.\n\nIt took on AssetPlus in June 2016.", ...by },
      key_strengths: { part: "key_strengths", text: "- Good initial assessments\n- Practical reparation", ...by },
      improvements: {
        part: "improvements",
        text: "• Review plans as circumstances change\nEvery medium or high risk case needs a risk management plan",
        ...by,
      },
    };
    const md = reportMarkdown(buildReport(input({ narrative })));
    expect(md).toContain("## Context\n\nThe YOS was created by a merger.\n\nIt took on AssetPlus in June 2016.\n");
    expect(md).toContain("## Key strengths\n\n- Good initial assessments\n- Practical reparation\n");
    expect(md).toContain(
      "## Areas requiring improvement\n\n- Review plans as circumstances change\n- Every medium or high risk case needs a risk management plan\n",
    );
    expect(md).not.toContain("No clear risk management plan: 7 of the 10");
    expect(md).toContain("_Summary: to be written by the lead inspector");
  });

  it("names unfinished cases as a warning, and only there", () => {
    const unfinished = { ...summary, cases: { total: 21, complete: 20, unfinished: ["D21"] } };
    const doc = buildReport(input({ summary: unfinished }));
    expect(doc.warning).toBe("1 of the 21 cases are not finished (D21): the figures count the answers so far.");
  });

  it("states each standard's rating, what drives it, and the overall rating, when the framework rates", () => {
    const ratings: Ratings = {
      standards: [
        {
          id: "planning",
          title: "Planning",
          rating: "Requires improvement",
          points: 1,
          lowest: { metric: "rosh.planning", percent: 56.3, label: "managing the risk of harm" },
          keyQuestions: [
            { metric: "rosh.planning", percent: 56.3, label: "managing the risk of harm" },
            { metric: "rr.planning", percent: 63.2, label: "reducing reoffending" },
          ],
        },
        { id: "custody", title: "Custody", rating: null, points: null, lowest: null, keyQuestions: [] },
      ],
      overall: { rating: "Requires improvement", points: 1, max: 6 },
    };
    const md = reportMarkdown(buildReport(input({ summary: { ...summary, ratings } })));
    expect(md).toContain("## Ratings\n\nOverall: Requires improvement (1 of 6 points).");
    expect(md).toContain("- Planning: Requires improvement, driven by managing the risk of harm at 56.3% (reducing reoffending 63.2%).");
    expect(md).toContain("- Custody: not rated");
    expect(reportMarkdown(buildReport(input()))).not.toContain("## Ratings");
  });
});

describe("section charts", () => {
  const rosh = summary.sections.find((s) => s.id === "rosh")!;

  it("draws each bar in proportion to its percentage, with the threshold where the framework puts it", () => {
    const chart = {
      title: "t",
      threshold: 75,
      bars: [
        { label: "half", numerator: 5, denominator: 10, percent: 50, flagged: true },
        { label: "none yet", numerator: 0, denominator: 0, percent: null, flagged: false },
      ],
    };
    const { shapes } = chartLayout(chart);
    const rects = shapes.filter((s) => s.kind === "rect");
    const [track, bar, emptyTrack] = rects as Array<Extract<(typeof shapes)[number], { kind: "rect" }>>;
    expect(bar!.w / track!.w).toBeCloseTo(0.5);
    expect(bar!.fill).not.toBe(track!.fill);
    expect(emptyTrack!.y).toBeGreaterThan(bar!.y);
    const threshold = shapes.find((s) => s.kind === "line")!;
    expect(threshold.kind === "line" && threshold.x1).toBeCloseTo(track!.x + 0.75 * track!.w);
    expect(shapes.filter((s) => s.kind === "text").map((s) => (s.kind === "text" ? s.text : ""))).toEqual(
      expect.arrayContaining(["5/10 (50%)", "no cases yet"]),
    );
  });

  it("gives Slack a PNG and alt text that states every figure", () => {
    const png = sectionChartPng(rosh, 75);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1080); // 720 wide, drawn at 1.5 times
    const alt = sectionChartAlt(rosh);
    expect(alt).toContain("Sufficient planning to manage the risk of harm: 9 of 16 (56%)");
    expect(alt).toContain("No clear risk management plan: 7 of 10 (70%)");
    expect(alt.match(/ of \d+ \(/g)).toHaveLength(rosh.metrics.length);
  });
});

describe("an inspection with no cases yet", () => {
  it("renders in every format, each figure saying there are no cases yet", async () => {
    const { renderReport } = await import("../../src/report/render.ts");
    const empty = summarise(sqsYouth2016, dorsetInspection, []);
    const md = (await renderReport(input({ summary: empty }), "md")).toString();
    expect(md).toContain("No cases yet.");
    expect(md).toContain("there are no applicable cases to judge yet");
    expect(md).toContain("## Areas requiring improvement\n\nThere are no cases yet, so no figures.");
    for (const format of ["html", "pdf", "docx"] as const) expect((await renderReport(input({ summary: empty }), format)).length).toBeGreaterThan(1000);
  }, 30_000);
});
