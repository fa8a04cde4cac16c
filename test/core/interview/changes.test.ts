import { describe, expect, it } from "vitest";
import { sqsYouth2016 } from "../../support/frameworks.ts";
import { scenario } from "../../support/scenario.ts";

const profile = { "profile.sentence": "community", "profile.rosh_level": "medium", "profile.psr": "yes", "profile.panel_report": "no" };

describe("changing an answer", () => {
  it("needs a reason, and the refusal says what is already recorded", () => {
    const s = scenario(sqsYouth2016, "D07");
    s.fill(profile);
    const refused = s.attempt("profile.psr", "no");
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('already has "Yes"') });
    expect(s.answerOf("profile.psr")).toBe("yes");
    expect(s.attempt("profile.psr", "no", { reason: "   " }).ok).toBe(false);
  });

  it("records before, after, reason, who and when in the audit entry", () => {
    const s = scenario(sqsYouth2016, "D07", { by: "U_INSPECTOR" });
    s.fill(profile);
    s.change("profile.psr", "no", "wrong file");
    const entry = s.audit.at(-1)!;
    expect(entry).toMatchObject({
      inspection: "scenario",
      case: "D07",
      question: "profile.psr",
      action: "change",
      before: "yes",
      after: "no",
      reason: "wrong file",
      by: "U_INSPECTOR",
    });
    expect(s.audit[0]).toMatchObject({ action: "answer", before: null, after: "community" });
    // The fake clock moves on with every answer.
    expect(entry.at > s.audit[0]!.at).toBe(true);
  });

  it("giving the same answer again is not a change and keeps the note", () => {
    const s = scenario(sqsYouth2016, "D07");
    s.fill(profile);
    s.answer("rr.assessment", "no", { note: "no reasons for offending recorded" });
    const again = s.answer("rr.assessment", "no");
    expect(again.note).toBe("no reasons for offending recorded");
    expect(s.audit.at(-1)!.reason).toBeUndefined();
  });

  it("sets the follow-ups aside when a gate goes from yes to no, without deleting them, and restores them when it goes back", () => {
    const s = scenario(sqsYouth2016, "D07");
    s.fill(profile);
    s.answer("rr.assessment", "yes");
    expect(s.next()).toBe("rr.psr_quality");
    s.answer("rr.psr_quality", "yes");
    s.change("profile.psr", "no", "wrong file");
    expect(s.setAside()).toContain("rr.psr_quality");
    expect(s.answerOf("rr.psr_quality")).toBeUndefined();
    expect(s.raw()["rr.psr_quality"]?.value).toBe("yes");
    expect(s.stateOf("rr.psr_quality")).toBe("not_applicable");
    expect(s.next()).toBe("rr.planning");

    s.change("profile.psr", "yes", "it was the right file after all");
    expect(s.setAside()).toEqual([]);
    expect(s.answerOf("rr.psr_quality")).toBe("yes");
    // sv.psr_addressed was never answered, so it is open again.
    expect(s.stateOf("sv.psr_addressed")).toBe("open");
  });

  it("refuses an answer to a question that does not apply to the case as it stands", () => {
    const s = scenario(sqsYouth2016, "D07");
    s.fill(profile);
    const result = s.attempt("sv.custody_planning", "yes");
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(/does not apply to case D07/);
    // Nor before the gate that decides it is answered.
    const fresh = scenario(sqsYouth2016, "D08");
    expect(fresh.attempt("rr.review", "yes").ok).toBe(false);
  });

  it("refuses a value the question does not allow, naming the allowed ones", () => {
    const s = scenario(sqsYouth2016, "D07");
    const result = s.attempt("profile.sentence", "probation");
    expect(result.ok ? "" : result.error).toMatch(/probation is not allowed; use community, custody/);
    expect(s.attempt("profile.psr", "na").ok).toBe(false); // a gate has no "not applicable"
  });

  it("changing the sentence to community after custody planning was answered sets it aside and flags it", () => {
    const s = scenario(sqsYouth2016, "D11");
    s.fill({ ...profile, "profile.sentence": "custody" });
    s.walk(
      {
        "rr.review_expected": "no",
        "rosh.review_expected": "no",
        "rosh.oversight_expected": "no",
        "sv.review_expected": "no",
        "sv.plan_update_expected": "no",
        "sv.oversight_expected": "no",
        "ss.enforcement_expected": "no",
      },
      () => "yes",
    );
    s.change("profile.sentence", "community", "the order was a YRO, not a DTO");
    expect(s.setAside()).toEqual(["sv.custody_planning"]);
    expect(s.flags()).toEqual([{ case: "D11", rule: "custody_question_on_community_case", message: expect.stringContaining("community case") }]);
  });
});
