import { describe, expect, it } from "vitest";
import { createSession } from "../../src/cli/shell/session.ts";
import { loadDemo } from "../../src/service/demo.ts";
import { reportHistory } from "../../src/service/report.ts";
import { openStore } from "../../src/store/open-store.ts";

describe("the shell: report and report edit PART", () => {
  it("takes a part of the report line by line, blank lines included, up to a lone '.'", async () => {
    const store = await openStore("memory://");
    // Whoever loads the demo leads it, as in the shell itself.
    await loadDemo(store, "2016-09-14T17:00:00.000Z", "lead-1");
    const session = createSession({ store, user: "lead-1", now: () => "2026-11-25T12:00:00.000Z" }, { inspection: "dorset-2016", as: "lead" });
    const say = async (line: string) => (await session.handle(line)).join("\n");

    expect(await say("report edit weather")).toContain("PART is one of context, summary, operational_management, key_strengths, improvements");
    expect(await say("report edit key strengths")).toContain("Key strengths is not written yet.");
    expect(await say("- Good initial assessments")).toBe("");
    expect(await say("")).toBe("");
    // Words that are commands elsewhere are text here.
    expect(await say("help")).toBe("");
    expect(await say(".")).toBe("Saved the key strengths (32 characters).");
    const report = await say("report");
    expect(report).toContain("## Key strengths\n\n- Good initial assessments\n\nhelp");
    expect(report).toContain("2.3. We found sufficient planning to manage the risk of harm in 9 of the 16 applicable cases");
    expect(await reportHistory(store, "dorset-2016")).toEqual([
      { part: "key_strengths", text: "- Good initial assessments\n\nhelp", by: "lead-1", at: "2026-11-25T12:00:00.000Z" },
    ]);

    const improvements = await say("report edit improvements");
    expect(improvements).toContain("Areas requiring improvement now reads:");
    expect(improvements).toContain("- No clear risk management plan: 7 of the 10 cases");

    await say(".");
    await say("as inspector");
    expect(await say("report edit context")).toBe("As an inspector you cannot write the report's narrative; that needs a lead inspector.");
    expect(await say("report")).toContain("As an inspector you cannot ask for the draft report");
    await store.close();
  });
});
