import { describe, expect, it } from "vitest";
import { cliHarness } from "../support/cli.ts";

const DORSET = "fixtures/inspections/dorset-2016.csv";

describe("casecheck ask", () => {
  it("answers in words, and as the JSON contract", async () => {
    const cli = cliHarness();
    await cli.run(["import", DORSET, "--inspection", "dorset-2016"]);
    const text = await cli.run(["ask", "how many risk reviews were sufficient?", "--inspection", "dorset-2016"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/5 of the 10/);
    const json = JSON.parse(
      (await cli.run(["ask", "which custody cases had sufficient safeguarding planning?", "--inspection", "dorset-2016", "--format", "json"])).stdout,
    );
    expect(json.query).toMatchObject({ metric: "sv.planning", filters: { answers: { "profile.sentence": ["custody"] } } });
    expect(json.metric).toMatchObject({ id: "sv.planning", denominator: expect.any(Number) });
    expect(json.metric.numerator + json.metric.cases.rest.length).toBe(json.metric.denominator);
    expect(Array.isArray(json.groups)).toBe(true);
    expect(typeof json.text).toBe("string");
  });

  it("`ask -` reads one question a line and prints one JSON object a line", async () => {
    const cli = cliHarness();
    await cli.run(["import", DORSET, "--inspection", "dorset-2016"]);
    const result = await cli.run(
      ["ask", "-", "--inspection", "dorset-2016"],
      ["how many PSRs were there?", "", "what is the child's name in D07?", "rosh planning by case manager"],
    );
    const lines = result.stdout.split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ question: "how many PSRs were there?", metric: { id: "profile.psr", numerator: 8, denominator: 20 } });
    expect(lines[1]).toMatchObject({ metric: null, refused: true });
    expect(lines[1].text).not.toMatch(/D0\d/);
    expect(lines[2].groups.length).toBeGreaterThan(1);
  });

  it("bad input: exit 2 and what to do", async () => {
    const cli = cliHarness();
    await cli.run(["import", DORSET, "--inspection", "dorset-2016"]);
    expect(await cli.run(["ask", "--inspection", "dorset-2016"])).toMatchObject({ code: 2, stderr: expect.stringContaining("a question is required") });
    expect(await cli.run(["ask", "how many reviews", "--inspection", "nope"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('There is no inspection "nope"'),
    });
    expect(await cli.run(["ask", "x", "--inspection", "dorset-2016", "--format", "xml"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--format must be one of text, json"),
    });
  });
});
