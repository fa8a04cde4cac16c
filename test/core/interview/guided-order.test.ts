import { describe, expect, it } from "vitest";
import { questionsOf } from "../../../src/core/framework/define.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { firstValue, scenario } from "../../support/scenario.ts";

const community = { "profile.sentence": "community", "profile.rosh_level": "low", "profile.psr": "no", "profile.panel_report": "yes" };

describe("the guided order", () => {
  it("starts with the case profile and moves on once a question is answered", () => {
    const s = scenario(sqsYouth2016, "D07");
    expect(s.next()).toBe("profile.sentence");
    s.answer("profile.sentence", "community");
    expect(s.next()).toBe("profile.rosh_level");
  });

  it("asks about the PSR's quality only when there was a PSR", () => {
    const s = scenario(sqsYouth2016, "D07");
    s.answer("profile.sentence", "custody");
    s.answer("profile.rosh_level", "high");
    s.answer("profile.psr", "yes");
    s.answer("profile.panel_report", "no");
    s.answer("rr.assessment", "yes");
    expect(s.next()).toBe("rr.psr_quality");
    s.answer("rr.psr_quality", "yes");
    expect(s.next()).toBe("rr.planning"); // no panel report, so no panel report quality
  });

  it("never asks a low-risk community case about custody planning or a risk management plan", () => {
    const s = scenario(sqsYouth2016, "D01");
    const asked = s.walk({ ...community, "rr.planning": "yes", "rosh.assessment": "yes" }, (q) => (q.kind === "gate" ? "no" : firstValue(q)));
    expect(asked).not.toContain("sv.custody_planning");
    expect(asked).not.toContain("rosh.rmp");
    expect(asked).not.toContain("rr.psr_quality");
    expect(asked).toContain("rr.panel_report_quality");
    // Gates answered no: no follow-ups.
    for (const id of ["rr.review", "rosh.review", "rosh.oversight", "sv.review", "sv.oversight", "ss.returned_to_court"]) expect(asked).not.toContain(id);
    expect(s.prompt().kind).toBe("complete");
  });

  it("asks a high-risk custody case everything that applies to it, in framework order", () => {
    const s = scenario(sqsYouth2016, "D03");
    const asked = s.walk({ "profile.sentence": "custody", "profile.rosh_level": "high", "rr.planning": "no", "rosh.assessment": "no" }, firstValue);
    const order = questionsOf(sqsYouth2016).map((q) => q.id);
    expect(asked).toContain("sv.custody_planning");
    expect(asked).toContain("rosh.rmp");
    expect(asked).toContain("rr.planning_gaps");
    expect(asked).toContain("rosh.assessment_gaps");
    expect(asked).toEqual([...asked].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(asked).toHaveLength(42);
  });

  it("leaves skipped questions to the end", () => {
    const s = scenario(sqsYouth2016, "D07");
    s.skip("profile.sentence");
    expect(s.next()).toBe("profile.rosh_level");
    s.answer("profile.rosh_level", "low");
    s.skip("profile.psr");
    s.answer("profile.panel_report", "no");
    const asked = s.walk({ "profile.sentence": "community", "profile.psr": "no" }, (q) => (q.kind === "gate" ? "no" : firstValue(q)));
    expect(asked.slice(-2)).toEqual(["profile.sentence", "profile.psr"]);
  });

  it("goes back to the previous question that applies, skipping those that do not", () => {
    const s = scenario(sqsYouth2016, "D07");
    s.fill(community);
    expect(s.next()).toBe("rr.assessment");
    expect(s.back("rr.assessment")).toBe("profile.panel_report");
    s.answer("rr.assessment", "yes");
    // No PSR, so from the panel report quality Back skips the PSR quality.
    expect(s.back("rr.panel_report_quality")).toBe("rr.assessment");
    expect(s.back("profile.sentence")).toBeUndefined();
  });

  it("shows the question with its place, choices and whether Back is possible", () => {
    const s = scenario(sqsYouth2016, "D07");
    const first = s.prompt();
    expect(first).toMatchObject({ kind: "question", caseRef: "D07", position: 1, canGoBack: false });
    if (first.kind !== "question") throw new Error("expected a question");
    expect(first.choices.map((c) => c.label)).toEqual(["Community", "Custody"]);
    s.fill(community);
    const next = s.prompt();
    if (next.kind !== "question") throw new Error("expected a question");
    expect(next).toMatchObject({ position: 5, canGoBack: true, section: { id: "rr" } });
    expect(next.choices.map((c) => c.value)).toEqual(["yes", "no", "na"]);
  });
});

describe("a case manager", () => {
  it("is asked only the four profile questions, then is done", () => {
    const s = scenario(sqsYouth2016, "D07", { role: "case_manager", by: "cm-03" });
    const asked = s.walk(community);
    expect(asked).toEqual(["profile.sentence", "profile.rosh_level", "profile.psr", "profile.panel_report"]);
    expect(s.progress()).toMatchObject({ answered: 4, total: 4, complete: true });
    expect(s.prompt().kind).toBe("complete");
    expect(s.audit.every((a) => a.by === "cm-03")).toBe(true);
  });
});

describe("progress", () => {
  it("counts what applies so far, and shrinks the total as gates close follow-ups", () => {
    const s = scenario(sqsYouth2016, "D07");
    const start = s.progress();
    // Nothing answered yet: all 42 questions may still apply.
    expect(start).toMatchObject({ answered: 0, total: 42, complete: false });
    s.answer("profile.sentence", "community");
    s.answer("profile.rosh_level", "low");
    expect(s.progress()).toMatchObject({ answered: 2, total: 40 }); // no custody planning, no RMP
    s.answer("profile.psr", "no");
    expect(s.progress().total).toBe(38); // no PSR quality, no PSR safeguarding
    const rr = s.progress().sections.find((x) => x.section.id === "rr")!;
    expect(rr).toMatchObject({ answered: 0, total: 8 });
  });
});
