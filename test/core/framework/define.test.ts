import { describe, expect, it } from "vitest";
import { allowedValues, defineFramework, questionsOf } from "../../../src/core/framework/define.ts";
import type { FrameworkInput } from "../../../src/core/framework/schema.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";

/** A small valid framework; each test breaks one thing about it. */
function base(): FrameworkInput {
  return {
    id: "tiny",
    name: "Tiny",
    quantifiers: [
      { word: "all", min: 100 },
      { word: "some", min: 0 },
    ],
    sections: [
      {
        id: "a",
        title: "A",
        short: "a",
        questions: [
          { id: "a.gate", kind: "gate", audience: "cm", text: "Gate?", phrase: "the gate" },
          { id: "a.follow", kind: "judgement", audience: "insp", text: "Follow?", phrase: "the follow-up", applies: [{ question: "a.gate", in: ["yes"] }] },
        ],
      },
    ],
  };
}

const problemsOf = (input: FrameworkInput): string => {
  try {
    defineFramework(input);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected the framework to be rejected");
};

describe("defineFramework", () => {
  it("accepts a valid framework and keeps questions in order", () => {
    expect(questionsOf(defineFramework(base())).map((q) => q.id)).toEqual(["a.gate", "a.follow"]);
  });

  it("rejects a condition on a later question, since the guided flow could not decide it", () => {
    const input = base();
    input.sections[0]!.questions.reverse();
    expect(problemsOf(input)).toMatch(/a\.follow: refers to a\.gate, which is asked later/);
  });

  it("rejects a condition on a question that does not exist", () => {
    const input = base();
    input.sections[0]!.questions[1]!.applies = [{ question: "a.nowhere", in: ["yes"] }];
    expect(problemsOf(input)).toMatch(/a\.nowhere/);
  });

  it("rejects an unknown value in a condition", () => {
    const input = base();
    input.sections[0]!.questions[1]!.applies = [{ question: "a.gate", in: ["maybe"] }];
    expect(problemsOf(input)).toMatch(/maybe is not a value of a\.gate/);
  });

  it("rejects a duplicate id", () => {
    const input = base();
    input.sections[0]!.questions.push({ id: "a.gate", kind: "gate", audience: "cm", text: "Again?", phrase: "again" });
    expect(problemsOf(input)).toMatch(/a\.gate: the id is used twice/);
  });

  it("rejects options on a judgement, and a choice without options", () => {
    const input = base();
    input.sections[0]!.questions[1]!.options = [{ id: "x", label: "X" }];
    input.sections[0]!.questions.push({ id: "a.pick", kind: "choice", audience: "cm", text: "Pick?", phrase: "pick" });
    const message = problemsOf(input);
    expect(message).toMatch(/a\.follow: a judgement question cannot have options/);
    expect(message).toMatch(/a\.pick: a choice question needs options/);
  });

  it("rejects a question id outside its section, an unknown rule value and a judgement as a filter", () => {
    const input = base();
    input.sections[0]!.questions.push({ id: "b.stray", kind: "gate", audience: "cm", text: "Stray?", phrase: "stray" });
    input.rules = [{ id: "r", message: "m", when: [{ question: "a.follow", in: ["perhaps"] }] }];
    input.filters = ["a.follow"];
    const message = problemsOf(input);
    expect(message).toMatch(/b\.stray: ids in section a start with "a\."/);
    expect(message).toMatch(/rule r: perhaps is not a value of a\.follow/);
    expect(message).toMatch(/filter a\.follow: only choice and gate questions can filter/);
  });

  it("rejects ids that are not dotted lower-case words (schema level)", () => {
    const input = base();
    input.sections[0]!.questions[0]!.id = "A Gate";
    expect(() => defineFramework(input)).toThrow(/lower-case words/);
  });
});

describe("the SQS youth 2016 framework", () => {
  it("has the 42 questions of the spec, in asking order", () => {
    const ids = questionsOf(sqsYouth2016).map((q) => q.id);
    expect(ids).toHaveLength(42);
    expect(ids.slice(0, 5)).toEqual(["profile.sentence", "profile.rosh_level", "profile.psr", "profile.panel_report", "rr.assessment"]);
    expect(ids.at(-1)).toBe("cm.confident_in_manager");
  });

  it("lets case managers answer only the four profile facts", () => {
    expect(
      questionsOf(sqsYouth2016)
        .filter((q) => q.audience === "cm")
        .map((q) => q.id),
    ).toEqual(["profile.sentence", "profile.rosh_level", "profile.psr", "profile.panel_report"]);
  });

  it("offers yes/no/na for judgements, yes/no for gates, option ids otherwise", () => {
    const q = (id: string) => questionsOf(sqsYouth2016).find((x) => x.id === id)!;
    expect(allowedValues(q("rosh.review"))).toEqual(["yes", "no", "na"]);
    expect(allowedValues(q("rosh.review_expected"))).toEqual(["yes", "no"]);
    expect(allowedValues(q("rosh.oversight"))).toEqual(["effective", "ineffective", "none"]);
  });
});
