import { describe, expect, it } from "vitest";
import { defineFramework } from "../../../src/core/framework/define.ts";
import { correct, editDistance, stem, tokenize, words } from "../../../src/core/query/tokens.ts";
import { vocabularyOf } from "../../../src/core/query/vocabulary.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";

describe("reading words", () => {
  it("stems plurals and tenses alike", () => {
    expect(new Set(["review", "reviews", "reviewed"].map(stem)).size).toBe(1);
    expect(new Set(["update", "updated", "updating", "updates"].map(stem)).size).toBe(1);
    expect(stem("planning")).not.toBe(stem("plan"));
  });

  it("keeps case refs and manager ids whole, and splits contractions", () => {
    expect(words("cm-02's cases, D07 and d-3; didn't")).toEqual([
      { word: "cm-02", ref: "manager" },
      { word: "cases" },
      { word: "D07", ref: "case" },
      { word: "and" },
      { word: "D3", ref: "case" },
      { word: "did" },
      { word: "not" },
    ]);
  });

  it("counts a swap of two letters as one edit", () => {
    expect(editDistance("reveiw", "review")).toBe(1);
    expect(editDistance("safegaurding", "safeguarding")).toBe(1);
    expect(editDistance("dolor", "poor")).toBe(2);
  });

  it("corrects only longer words, and only to one clear nearest word", () => {
    const known = new Set(["review", "reviews", "custody", "enforcement", "there", "where"]);
    expect(correct("reveiws", known)).toBe("reviews");
    expect(correct("enforcment", known)).toBe("enforcement");
    expect(correct("rview", known)).toBe("review");
    expect(correct("revw", known)).toBe("revw"); // too short to guess
    expect(correct("shere", known)).toBe("shere"); // as near "there" as "where"
  });

  it("reads RoSH, risk of serious harm and risk of harm as one thing, and good enough as sufficient", () => {
    const stems = (t: string) =>
      tokenize(t, new Set(), vocabularyOf(sqsYouth2016).lexicon)
        .filter((x) => !x.stop)
        .map((x) => x.stem);
    expect(stems("risk of serious harm")).toEqual(stems("RoSH"));
    expect(stems("risk of harm")).toEqual(["rosh"]);
    expect(stems("good enough")).toEqual(["sufficient"]);
    expect(stems("insufficient")).toEqual(["not", "sufficient"]);
  });

  it("keeps a framework's own words (RoSH, PSR, RMP) in that framework: core's general words do not know them", () => {
    const general = (t: string) =>
      tokenize(t, new Set())
        .filter((x) => !x.stop)
        .map((x) => x.stem);
    expect(general("risk of harm")).toEqual(["risk", "harm"]);
    expect(general("risk management plans")).toEqual(["risk", "management", "plan"]);
    expect(general("good enough")).toEqual(["sufficient"]);
    const without = defineFramework({ ...sqsYouth2016, id: "sqs-without-words", vocabulary: undefined, derived: [], rules: [] } as never);
    const rmp = "how many risk management plans were missing";
    expect(tokenize(rmp, new Set(), vocabularyOf(sqsYouth2016).lexicon).map((t) => t.stem)).toContain("rmp");
    expect(tokenize(rmp, new Set(), vocabularyOf(without).lexicon).map((t) => t.stem)).not.toContain("rmp");
    expect(vocabularyOf(without).known.has("presentence")).toBe(false);
    expect(vocabularyOf(sqsYouth2016).known.has("presentence")).toBe(true);
  });
});
