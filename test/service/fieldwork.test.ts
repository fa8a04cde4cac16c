import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { getDeadline, getSchedule } from "../../src/service/fieldwork-settings.ts";
import { setFieldworkDeadline, setPostSchedule } from "../../src/service/fieldwork.ts";
import { openStore } from "../../src/store/open-store.ts";

describe("fieldwork settings", () => {
  it("reads TZ_DEFAULT as an IANA zone, Europe/London by default, naming the variable when wrong", () => {
    expect(loadConfig({}).TZ_DEFAULT).toBe("Europe/London");
    expect(loadConfig({ TZ_DEFAULT: "America/New_York" }).TZ_DEFAULT).toBe("America/New_York");
    expect(() => loadConfig({ TZ_DEFAULT: "Mars/Olympus" })).toThrow(ConfigError);
    expect(() => loadConfig({ TZ_DEFAULT: "Mars/Olympus" })).toThrow(/TZ_DEFAULT/);
  });

  it("lets only leads set a deadline or a schedule, checks them, and deleting the inspection removes them", async () => {
    const store = await openStore("memory://");
    await store.saveInspection({ id: "dorset-2016", name: "Dorset", framework: "sqs-youth-2016", createdAt: "2026-03-23T09:00:00Z", createdBy: "U0LEAD" });
    expect(await setFieldworkDeadline(store, "dorset-2016", "inspector", "2026-12-10")).toMatchObject({
      ok: false,
      error: { code: "not_allowed", message: expect.stringContaining("cannot change roles") },
    });
    expect(await setFieldworkDeadline(store, "dorset-2016", "lead", "2026-02-30")).toMatchObject({
      ok: false,
      error: { code: "invalid", message: expect.stringContaining("is not a date") },
    });
    expect(await setFieldworkDeadline(store, "dorset-2016", "lead", "2026-12-10")).toEqual({ ok: true, day: "2026-12-10" });
    expect(await setPostSchedule(store, "dorset-2016", "lead", "summary", { days: "weekly", time: "09:00" })).toMatchObject({ ok: false });
    expect(await setPostSchedule(store, "dorset-2016", "lead", "summary", { days: "weekdays", time: "25:00" })).toMatchObject({ ok: false });
    expect(await setPostSchedule(store, "dorset-2016", "lead", "digest", { days: "daily", time: "16:30" })).toMatchObject({ ok: true });
    expect(await getSchedule(store, "dorset-2016", "digest")).toEqual({ days: "daily", time: "16:30" });
    await store.deleteInspection("dorset-2016");
    expect(await getDeadline(store, "dorset-2016")).toBeUndefined();
    expect(await getSchedule(store, "dorset-2016", "digest")).toBeUndefined();
    await store.close();
  });
});
