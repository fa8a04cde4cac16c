import { beforeAll, describe, expect, it } from "vitest";
import { summarise } from "../../src/core/summary/summary.ts";
import { sqsYouth2016 } from "../support/frameworks.ts";
import type { ReportInput } from "../../src/report/document.ts";
import { renderReport, type ReportFormat } from "../../src/report/render.ts";
import { dorsetInspection, IMPORTED_AT, loadDorset } from "../support/dorset.ts";
import { docxText, flat, pdfText, sectionsOf } from "../support/read-report.ts";

const HEADINGS = [
  "1. Reducing reoffending",
  "2. Protecting the public",
  "3. Protecting the child or young person",
  "4. Making sure the sentence is served",
  "5. Interview with the case manager",
  "Operational management",
  "Key strengths",
  "Areas requiring improvement",
] as const;

/** Every figure of the published commentary (shared/spec/sqs-youth-2016.md), with the section of
 * our report it must appear in and the words that state it. The report numbers sections by the
 * framework's summary sections, so two figures sit elsewhere than in the published text: the
 * case managers' understanding of effective practice (published 1.7) is in section 5, the
 * interview; and the counts of case-profile facts (PSRs, custody) are stated as the
 * populations of the figures that depend on them. */
const PUBLISHED: Array<[published: string, section: (typeof HEADINGS)[number], words: string]> = [
  ["1.1 rr.assessment 18/20", "1. Reducing reoffending", "18 of the 20 applicable cases (90%, nearly all)"],
  ["1.2 profile.psr 8", "1. Reducing reoffending", "of the 8 cases with a pre-sentence report"],
  ["1.2 rr.psr_quality 7/8", "1. Reducing reoffending", "7 of the 8 cases with a pre-sentence report"],
  ["1.3 rr.planning 12/19", "1. Reducing reoffending", "12 of the 19 applicable cases"],
  ["1.4 rr.review_expected 12/20", "1. Reducing reoffending", "warranted in 12 of the 20 cases"],
  ["1.4 rr.review 5/12", "1. Reducing reoffending", "5 of the 12 cases where a review was expected"],
  ["1.4 rr.plan_updated 4/12", "1. Reducing reoffending", "4 of the 12 cases where a review was expected"],
  ["1.7 cm.effective_practice 20/20", "5. Interview with the case manager", "20 of the 20 applicable cases (100%, all)"],
  ["2.1 rosh.assessment 12/19", "2. Protecting the public", "12 of the 19 applicable cases"],
  ["2.2 rosh.planning 9/16", "2. Protecting the public", "sufficient planning to manage the risk of harm in 9 of the 16 applicable cases (56%, the majority)"],
  ["2.2 rosh.rmp_missing 7", "2. Protecting the public", "no clear risk management plan in 7 of the 10"],
  ["2.4 rosh.review_expected 10/20", "2. Protecting the public", "warranted in 10 of the 20 cases"],
  ["2.4 rosh.review 5/10", "2. Protecting the public", "5 of the 10 cases where a review was expected (50%, half)"],
  ["2.6 rosh.oversight_expected 12/20", "2. Protecting the public", "needed in 12 of the 20 cases"],
  [
    "2.6 rosh.oversight=none 2/12",
    "2. Protecting the public",
    "of the 12 cases where oversight was needed, we found management oversight of public protection work was effective in 4 (33%, a minority), not effective in 6 (50%, half) and absent in 2 (17%, a minority)",
  ],
  ["2.6 rosh.oversight=ineffective 6/12", "2. Protecting the public", "not effective in 6 (50%, half)"],
  ["2.6 rosh.oversight=effective 4/12", "2. Protecting the public", "was effective in 4 (33%, a minority)"],
  ["3.1 sv.assessment 17/20", "3. Protecting the child or young person", "17 of the 20 applicable cases"],
  ["3.2 sv.review_expected 9/20", "3. Protecting the child or young person", "9 of the 20 cases"],
  ["3.2 sv.review 3/9", "3. Protecting the child or young person", "3 of the 9"],
  ["3.3 sv.planning 13/19", "3. Protecting the child or young person", "13 of the 19 applicable cases"],
  ["3.3 sv.plan_update_expected 10/20", "3. Protecting the child or young person", "10 of the 20 cases"],
  ["3.3 sv.plan_updated 5/10", "3. Protecting the child or young person", "5 of the 10"],
  ["3.4 custody 3, sv.custody_planning 3/3", "3. Protecting the child or young person", "3 of the 3"],
  ["3.6 sv.oversight_expected 13/20", "3. Protecting the child or young person", "13 of the 20 cases"],
  [
    "3.6 sv.oversight=effective 7/13",
    "3. Protecting the child or young person",
    "of the 13 cases where oversight was needed, we found management oversight of safeguarding was effective in 7 (54%, the majority)",
  ],
  ["4.1 ss.diversity 19/20", "4. Making sure the sentence is served", "19 of the 20 applicable cases (95%, all but one)"],
  ["4.3 ss.enforcement_expected 3/20", "4. Making sure the sentence is served", "3 of the 20 cases"],
  ["4.3 ss.returned_to_court 3/3", "4. Making sure the sentence is served", "3 of the 3"],
];

const summary = summarise(sqsYouth2016, dorsetInspection, loadDorset());
const input: ReportInput = { summary, narrative: {}, framework: sqsYouth2016, period: { from: IMPORTED_AT, to: IMPORTED_AT } };

const readers: Record<ReportFormat, (b: Buffer) => Promise<string>> = {
  md: async (b) => b.toString("utf8"),
  // The HTML's text as a browser shows it: tags gone, entities read.
  html: async (b) =>
    b
      .toString("utf8")
      .replace(/<svg[\s\S]*?<\/svg>/g, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"'),
  pdf: pdfText,
  docx: docxText,
};

describe.each(["md", "html", "pdf", "docx"] as const)("the Dorset draft report as %s", (format) => {
  let text = "";
  let sections = new Map<string, string>();
  beforeAll(async () => {
    text = await readers[format](await renderReport(input, format));
    sections = sectionsOf(text, HEADINGS);
  }, 30_000);

  it("names the inspection and the service, and the dates of the answers", () => {
    expect(flat(text)).toContain("Report of Short Quality Screening of youth offending work (2016): Dorset Combined YOS, SQS September 2016");
    expect(flat(text)).toContain("The answers were recorded on 14 September 2016.");
  });

  it.each(PUBLISHED)("states %s in its section", (_published, section, words) => {
    expect(sections.get(section)!.toLowerCase()).toContain(words.toLowerCase());
  });

  it("numbers its paragraphs within each section", () => {
    expect(sections.get("2. Protecting the public")).toMatch(/2\.1\.? We found sufficient effort to understand and explain the risk of harm/);
    expect(sections.get("4. Making sure the sentence is served")).toMatch(/4\.1\.? We found/);
  });

  it("lists the missing risk management plans among the areas requiring improvement", () => {
    const improvements = sections.get("Areas requiring improvement")!;
    expect(improvements).toContain("No clear risk management plan: 7 of the 10 cases of medium or higher risk of serious harm (70%)");
    expect(improvements).toContain("Sufficient planning to manage the risk of harm: 9 of the 16 applicable cases (56%), below the 75%");
  });

  it("never names the cases behind a figure", () => {
    expect(text).not.toMatch(/\bD\d\d\b/);
  });

  it("leaves the narrative to the lead, saying so", () => {
    expect(sections.get("Key strengths")).toContain("to be written by the lead inspector");
  });
});
