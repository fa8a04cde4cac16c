import { describe, expect, it } from "vitest";
import { quantify } from "../../../src/core/framework/quantifiers.ts";
import { sqsYouth2016 } from "../../support/frameworks.ts";

const word = (n: number, d: number) => quantify(sqsYouth2016.quantifiers, n, d);

/** The bands of the spec: 100% all; n-1 of n (n >= 5) all but one; >= 90 nearly all;
 * 75-89 most; exactly 50 half; 51-74 the majority; 15-49 a minority; 1-14 few; 0 none. */
describe("quantifier words", () => {
  it.each([
    [20, 20, "all"],
    [3, 3, "all"],
    [1, 1, "all"],
    [19, 20, "all but one"],
    [7, 8, "all but one"],
    [4, 5, "all but one"],
    [18, 20, "nearly all"],
    [90, 100, "nearly all"],
    [98, 100, "nearly all"],
    [3, 4, "most"],
    [75, 100, "most"],
    [89, 100, "most"],
    [17, 20, "most"],
    [1, 2, "half"],
    [5, 10, "half"],
    [51, 100, "the majority"],
    [2, 3, "the majority"],
    [74, 100, "the majority"],
    [12, 19, "the majority"],
    [49, 100, "a minority"],
    [15, 100, "a minority"],
    [3, 20, "a minority"],
    [1, 3, "a minority"],
    [14, 100, "few"],
    [1, 100, "few"],
    [1, 8, "few"],
    [0, 20, "none"],
    [0, 1, "none"],
  ])("%i of %i is %s", (n, d, expected) => {
    expect(word(n, d)).toBe(expected);
  });

  it("says 'all but one' only from five cases up: 3 of 4 is 'most', 2 of 3 'the majority'", () => {
    expect(word(3, 4)).toBe("most");
    expect(word(4, 5)).toBe("all but one");
    expect(word(2, 3)).toBe("the majority");
  });

  it("has no word when there is nothing to count", () => {
    expect(word(0, 0)).toBeNull();
  });

  it("reads the bands from the framework, not from code", () => {
    expect(
      quantify(
        [
          { word: "every one", min: 100 },
          { word: "not every one", min: 0 },
        ],
        9,
        10,
      ),
    ).toBe("not every one");
  });
});
