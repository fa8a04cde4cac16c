import { describe, expect, it } from "vitest";
import { loadDemo } from "../../src/service/demo.ts";
import { reportHistory, reportInput, readNarrative, setReportPart } from "../../src/service/report.ts";
import { openStore } from "../../src/store/open-store.ts";

describe("the report's use cases", () => {
  it("lets managers and leads ask for the report, and only leads write it, with coded refusals", async () => {
    const store = await openStore("memory://");
    await loadDemo(store, "2016-09-14T17:00:00.000Z");
    for (const role of ["lead", "manager"] as const) expect((await reportInput(store, "dorset-2016", { user: "u", role })).ok).toBe(true);
    for (const role of ["inspector", "case_manager", undefined] as const)
      expect(await reportInput(store, "dorset-2016", { user: "u", role })).toMatchObject({ ok: false, error: { code: "not_allowed" } });
    expect(await reportInput(store, "nowhere", { user: "u", role: "lead" })).toMatchObject({ ok: false, error: { code: "not_found" } });

    const set = (role: "lead" | "manager", text: string, at: string, part = "summary") =>
      setReportPart(store, { inspection: "dorset-2016", part, text, actor: { user: role, role }, at });
    expect(await set("manager", "x", "2026-01-01T00:00:00Z")).toMatchObject({ ok: false, error: { code: "not_allowed" } });
    expect(await set("lead", "x", "2026-01-01T00:00:00Z", "preface")).toMatchObject({ ok: false, error: { code: "invalid" } });
    expect(await set("lead", "First.\r\n", "2026-01-01T00:00:01Z")).toMatchObject({ ok: true, stored: { text: "First." } });
    expect(await set("lead", "Second.", "2026-01-01T00:00:02Z")).toMatchObject({ ok: true });
    expect((await readNarrative(store, "dorset-2016")).summary).toEqual({ part: "summary", text: "Second.", by: "lead", at: "2026-01-01T00:00:02Z" });
    expect((await reportHistory(store, "dorset-2016")).map((h) => h.text)).toEqual(["First.", "Second."]);
    expect(
      await setReportPart(store, { inspection: "nowhere", part: "summary", text: "x", actor: { user: "l", role: "lead" }, at: "2026-01-01T00:00:03Z" }),
    ).toMatchObject({ ok: false, error: { code: "not_found" } });

    await store.deleteInspection("dorset-2016");
    expect(await store.listValues("report-")).toEqual([]);
    await store.close();
  });
});
