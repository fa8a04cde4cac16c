import { describe, expect, it } from "vitest";
import { reminderDue } from "../../src/service/reminder-policy.ts";
import { workingDaysBetween } from "../../src/service/working-time.ts";

const london = (now: string, extra: Partial<Parameters<typeof reminderDue>[0]> = {}) => reminderDue({ now, zone: "Europe/London", prefs: {}, ...extra });

describe("when a reminder is due", () => {
  it("counts working days, leaving weekends out", () => {
    expect(workingDaysBetween("2026-03-27", "2026-03-30")).toBe(1); // Friday to Monday
    expect(workingDaysBetween("2026-03-23", "2026-03-27")).toBe(4);
    expect(workingDaysBetween("2026-03-30", "2026-03-27")).toBe(-1);
  });

  it("is due in working hours in the person's zone, never at weekends", () => {
    expect(london("2026-03-30T08:00:00Z")).toEqual({ due: true, day: "2026-03-30", every: 3 }); // 09:00 BST
    expect(london("2026-03-30T07:59:00Z")).toMatchObject({ due: false, reason: "outside_hours" });
    expect(london("2026-03-30T16:00:00Z")).toMatchObject({ due: false, reason: "outside_hours" }); // 17:00 BST
    expect(london("2026-03-28T10:00:00Z")).toMatchObject({ due: false, reason: "weekend" });
    // Monday 09:30 in London is still Monday 05:30 in New York.
    expect(reminderDue({ now: "2026-03-30T08:30:00Z", zone: "America/New_York", prefs: {} })).toMatchObject({ due: false, reason: "outside_hours" });
  });

  it("comes every third working day, and every working day in the deadline's last five", () => {
    expect(london("2026-03-25T10:00:00Z", { last: "2026-03-23" })).toMatchObject({ due: false, reason: "not_yet" });
    expect(london("2026-03-26T10:00:00Z", { last: "2026-03-23" })).toMatchObject({ due: true, every: 3 });
    expect(london("2026-03-24T10:00:00Z", { last: "2026-03-23", deadline: "2026-03-31" })).toMatchObject({ due: true, every: 1 });
    expect(london("2026-03-23T12:00:00Z", { last: "2026-03-23", deadline: "2026-03-31" })).toMatchObject({ due: false, reason: "not_yet" });
    expect(london("2026-04-06T10:00:00Z", { last: "2026-04-03", deadline: "2026-03-31" })).toMatchObject({ due: true, every: 1 }); // past it
  });

  it("respects a person's stop and snooze", () => {
    expect(london("2026-03-30T10:00:00Z", { prefs: { stopped: true } })).toMatchObject({ due: false, reason: "stopped" });
    expect(london("2026-03-30T10:00:00Z", { prefs: { snoozedUntil: "2026-03-31T09:00:00.000Z" } })).toMatchObject({ due: false, reason: "snoozed" });
    expect(london("2026-03-31T10:00:00Z", { prefs: { snoozedUntil: "2026-03-31T09:00:00.000Z" } })).toMatchObject({ due: true });
  });
});
