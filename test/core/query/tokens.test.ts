import { describe, expect, it } from "vitest";
import { correct, editDistance, stem, tokenize, words } from "../../../src/core/query/tokens.ts";

describe("reading words", () => {
  it("stems plurals and tenses alike", () => {
    expect(new Set(["review", "reviews", "reviewed"].map(stem)).size).toBe(1);
    expect(new Set(["update", "updated", "updating", "updates"].map(stem)).size).toBe(1);
    expect(stem("planning")).not.toBe(stem("plan"));
  });

  it("keeps case refs and manager ids whole, and splits contractions", () => {
    expect(words("cm-02's cases, D07 and d-3; didn't")).toEqual([
      { word: "cm-02", ref: "manager" }, { word: "cases" }, { word: "D07", ref: "case" }, { word: "and" }, { word: "D3", ref: "case" }, { word: "did" }, { word: "not" },
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
    const stems = (t: string) => tokenize(t, new Set()).filter((x) => !x.stop).map((x) => x.stem);
    expect(stems("risk of serious harm")).toEqual(stems("RoSH"));
    expect(stems("risk of harm")).toEqual(["rosh"]);
    expect(stems("good enough")).toEqual(["sufficient"]);
    expect(stems("insufficient")).toEqual(["not", "sufficient"]);
  });
});
