import { describe, expect, it } from "vitest";
import { waitingFor, whatWaits } from "../../../src/core/interview/waiting.ts";
import type { Answers, Case } from "../../../src/core/records.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";

const kase = (extra: Partial<Case> = {}): Case => ({
  inspection: "dorset-2016",
  ref: "D07",
  createdAt: "2026-03-23T09:00:00Z",
  createdBy: "U0INSP",
  skipped: [],
  paused: false,
  manager: "U0SAM",
  ...extra,
});
const answered = (values: Record<string, string>): Answers =>
  Object.fromEntries(Object.entries(values).map(([question, value]) => [question, { question, value, by: "x", at: "2026-03-23T09:00:00Z" }]));
const profile = { "profile.sentence": "community", "profile.rosh_level": "low", "profile.psr": "no", "profile.panel_report": "yes" };

describe("what a case waits on", () => {
  it("waits on the case manager for the factual questions and on the inspector who started it for the judgements", () => {
    const w = whatWaits(sqsYouth2016, kase(), {});
    expect(w.complete).toBe(false);
    expect(w.waits.map((x) => [x.audience, x.user])).toEqual([
      ["cm", "U0SAM"],
      ["insp", "U0INSP"],
    ]);
    expect(w.waits[0]!.questions).toContain("profile.sentence");
    expect(w.waits[0]!.questions.every((q) => !q.startsWith("rosh."))).toBe(true);
    expect(waitingFor(w, "U0SAM")).toBe(w.waits[0]!.questions.length);
    expect(waitingFor(w, "U0KIM")).toBe(0);
  });

  it("leaves the case manager out once their factual questions are answered", () => {
    const cm = whatWaits(sqsYouth2016, kase(), {}).waits[0]!.questions;
    const all = Object.fromEntries(cm.map((q) => [q, profile[q as keyof typeof profile] ?? "no"]));
    const w = whatWaits(sqsYouth2016, kase(), answered({ ...profile, ...all }));
    expect(w.waits.map((x) => x.user)).toEqual(["U0INSP"]);
    expect(waitingFor(w, "U0SAM")).toBe(0);
  });

  it("puts a case without a case manager wholly on its inspector", () => {
    const w = whatWaits(sqsYouth2016, kase({ manager: undefined }), {});
    expect(w.waits).toHaveLength(1);
    expect(w.waits[0]!.user).toBe("U0INSP");
  });

  it("waits on nobody when every applicable question is answered", () => {
    let answers: Record<string, string> = {};
    for (let i = 0; i < 80; i++) {
      const open = whatWaits(sqsYouth2016, kase(), answered(answers)).waits.flatMap((x) => x.questions);
      if (!open.length) break;
      const q = sqsYouth2016.sections.flatMap((s) => s.questions).find((x) => x.id === open[0])!;
      answers = { ...answers, [q.id]: q.options[0]?.id ?? "no" };
    }
    const w = whatWaits(sqsYouth2016, kase(), answered(answers));
    expect(w).toMatchObject({ complete: true, waits: [] });
  });
});
