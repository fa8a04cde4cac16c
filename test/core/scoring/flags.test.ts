import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/core/records.ts";
import { flagsFor } from "../../../src/core/scoring/flags.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { IMPORTED_AT, loadCasesCsv, loadDorset } from "../../support/dorset.ts";
import { scenario } from "../../support/scenario.ts";

const answers = (values: Record<string, string>): Record<string, Answer> =>
  Object.fromEntries(Object.entries(values).map(([question, value]) => [question, { question, value, by: "import", at: IMPORTED_AT }]));
const rulesFor = (values: Record<string, string>) => flagsFor(sqsYouth2016, "X01", answers(values)).map((f) => f.rule);

describe("consistency flags", () => {
  it("planning judged sufficient without a risk management plan, for a medium or higher risk case", () => {
    const base = { "profile.rosh_level": "high", "rosh.planning": "yes", "rosh.rmp": "no" };
    expect(rulesFor(base)).toEqual(["planning_without_rmp"]);
    expect(rulesFor({ ...base, "rosh.planning": "no" })).toEqual([]);
    expect(rulesFor({ ...base, "rosh.rmp": "yes" })).toEqual([]);
  });

  it("the plan updated without a sufficient review", () => {
    expect(rulesFor({ "rr.review_expected": "yes", "rr.review": "no", "rr.plan_updated": "yes" })).toEqual(["plan_updated_without_review"]);
    expect(rulesFor({ "rr.review_expected": "yes", "rr.review": "yes", "rr.plan_updated": "yes" })).toEqual([]);
  });

  it("custody planning on a community case, as an import could produce", () => {
    const header = "case_ref,case_manager,profile.sentence,sv.custody_planning";
    const [imported] = loadCasesCsv(sqsYouth2016, `${header}\nX02,cm-01,community,yes\n`);
    expect(flagsFor(sqsYouth2016, "X02", imported!.answers)).toEqual([
      { case: "X02", rule: "custody_question_on_community_case", message: "Custody planning is answered on a community case." },
    ]);
  });

  it("custody planning on a community case, when the sentence is changed after custody planning was answered", () => {
    const s = scenario(sqsYouth2016, "D11");
    s.fill({ "profile.sentence": "custody", "profile.rosh_level": "low", "profile.psr": "no", "profile.panel_report": "no" });
    s.walk({}, (q) => (q.kind === "gate" ? "no" : "yes"));
    expect(s.flags()).toEqual([]);
    s.change("profile.sentence", "community", "sentence recorded wrongly");
    // The answer is set aside, so it is not counted, but the flag reads what is stored.
    expect(s.setAside()).toEqual(["sv.custody_planning"]);
    expect(s.flags().map((f) => f.rule)).toEqual(["custody_question_on_community_case"]);
    s.change("profile.sentence", "custody", "it was custody after all");
    expect(s.flags()).toEqual([]);
  });

  it("flags the plan-update rule on answers set aside by a later change of the gate", () => {
    const s = scenario(sqsYouth2016, "D12");
    s.fill({ "profile.sentence": "community", "profile.rosh_level": "low", "profile.psr": "no", "profile.panel_report": "no" });
    s.fill({ "rr.assessment": "yes", "rr.planning": "yes", "rr.review_expected": "yes", "rr.review": "no", "rr.plan_updated": "yes" });
    expect(s.flags().map((f) => f.rule)).toEqual(["plan_updated_without_review"]);
    s.change("rr.review_expected", "no", "no significant change after all");
    expect(s.setAside()).toEqual(["rr.review", "rr.plan_updated"]);
    expect(s.flags().map((f) => f.rule)).toEqual(["plan_updated_without_review"]);
  });

  it("reports every rule that fires on a case, and none on the Dorset fixture", () => {
    expect(
      rulesFor({
        "profile.sentence": "community",
        "profile.rosh_level": "medium",
        "rosh.planning": "yes",
        "rosh.rmp": "no",
        "rr.review": "no",
        "rr.plan_updated": "yes",
        "sv.custody_planning": "na",
      }),
    ).toEqual(["planning_without_rmp", "plan_updated_without_review", "custody_question_on_community_case"]);
    expect(loadDorset().flatMap((c) => flagsFor(sqsYouth2016, c.ref, c.answers))).toEqual([]);
  });
});
