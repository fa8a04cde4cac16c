import { describe, expect, it } from "vitest";
import { findQuestion } from "../../../src/core/interview/interview.ts";
import { formatValue, readAnswer } from "../../../src/core/interview/answers.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { scenario } from "../../support/scenario.ts";

const q = (id: string) => findQuestion(sqsYouth2016, id)!;
const read = (id: string, text: string) => readAnswer(q(id), text);

describe("reading a typed answer", () => {
  it.each([
    ["Yes", "yes"],
    ["y", "yes"],
    ["YES!", "yes"],
    ["no", "no"],
    ["n/a", "na"],
    ["N/A", "na"],
    ["not applicable", "na"],
    ["Not applicable.", "na"],
  ])("a judgement reads %j as %s", (text, value) => {
    expect(read("rosh.review", text)).toEqual({ ok: true, value });
  });

  it('splits "No, it was late" into the answer and a note', () => {
    expect(read("rosh.review", "No, it was late")).toEqual({ ok: true, value: "no", note: "it was late" });
    expect(read("rosh.review", "yes - reviewed in May")).toEqual({ ok: true, value: "yes", note: "reviewed in May" });
  });

  it("tells ineffective and not effective from effective", () => {
    expect(read("rosh.oversight", "ineffective")).toEqual({ ok: true, value: "ineffective" });
    expect(read("rosh.oversight", "not effective")).toEqual({ ok: true, value: "ineffective" });
    expect(read("rosh.oversight", "Effective")).toEqual({ ok: true, value: "effective" });
    expect(read("rosh.oversight", "none")).toEqual({ ok: true, value: "none" });
  });

  it("reads several options for a multi question", () => {
    expect(read("rr.planning_gaps", "late, not done")).toEqual({ ok: true, value: ["late", "not_done"] });
    expect(read("rr.planning_gaps", "wrong priorities and too late")).toEqual({ ok: true, value: ["wrong_priorities", "late"] });
    expect(read("rr.planning_gaps", "late")).toEqual({ ok: true, value: ["late"] });
  });

  it('reads "2" as the second option', () => {
    expect(read("profile.rosh_level", "2")).toEqual({ ok: true, value: "medium" });
    expect(read("profile.sentence", "2")).toEqual({ ok: true, value: "custody" });
  });

  it("answers rubbish with an error that lists the allowed answers", () => {
    const judgement = read("rosh.review", "purple");
    expect(judgement).toEqual({ ok: false, error: expect.stringContaining("yes, no or n/a") });
    const choice = read("rosh.oversight", "purple");
    expect(choice.ok ? "" : choice.error).toContain("one of: effective, not effective, none");
    const gate = read("profile.psr", "n/a");
    expect(gate.ok ? "" : gate.error).toContain("yes or no");
    expect(read("profile.psr", "  ").ok).toBe(false);
  });

  it("shows values as people read them", () => {
    expect(formatValue(q("rr.planning_gaps"), ["late", "not_done"])).toBe("Done too late, Not done");
    expect(formatValue(q("rosh.review"), "na")).toBe("Not applicable");
  });
});

describe("typing answers in a case thread", () => {
  it("records the typed answer with its note against the current question", () => {
    const s = scenario(sqsYouth2016, "D07");
    expect(s.type("custody")).toMatchObject({ ok: true });
    expect(s.type("3")).toMatchObject({ ok: true, value: "high" });
    s.type("yes");
    s.type("no");
    s.type("No, reasons for offending not explored");
    expect(s.raw()["rr.assessment"]).toMatchObject({ value: "no", note: "reasons for offending not explored" });
    expect(s.next()).toBe("rr.psr_quality");
    const bad = s.type("maybe");
    expect(bad.ok).toBe(false);
    expect(s.next()).toBe("rr.psr_quality");
  });
});
