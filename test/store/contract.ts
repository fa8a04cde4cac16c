import { describe, expect, it } from "vitest";
import type { Answer, AuditEntry, Case, Inspection } from "../../src/core/records.ts";
import type { Store } from "../../src/store/store.ts";

/** The behaviour every store must have, run against memory, SQLite and Redis. */
export function storeContract(name: string, open: () => Promise<Store>) {
  describe(`store contract: ${name}`, () => {
    const at = (n: number) => `2026-11-25T10:00:${String(n).padStart(2, "0")}.000Z`;
    const inspection = (id: string): Inspection => ({ id, name: `Inspection ${id}`, framework: "sqs-youth-2016", createdAt: at(0), createdBy: "U1" });
    const kase = (insp: string, ref: string, manager?: string): Case => ({
      inspection: insp,
      ref,
      manager,
      createdAt: at(0),
      createdBy: "U1",
      skipped: [],
      paused: false,
    });
    const answer = (question: string, value: Answer["value"], n = 1, note?: string): Answer => ({
      question,
      value,
      by: "U1",
      at: at(n),
      ...(note ? { note } : {}),
    });
    const audit = (insp: string, ref: string, question: string, after: Answer["value"], n = 1): AuditEntry => ({
      inspection: insp,
      case: ref,
      question,
      action: "answer",
      before: null,
      after,
      by: "U1",
      at: at(n),
    });

    it("keeps inspections and lists only inspections", async () => {
      const store = await open();
      await store.saveInspection(inspection("a-1"));
      await store.saveInspection(inspection("a-2"));
      await store.saveCase(kase("a-1", "D01"));
      expect((await store.listInspections()).map((i) => i.id).sort()).toEqual(["a-1", "a-2"]);
      expect(await store.getInspection("a-1")).toMatchObject({ name: "Inspection a-1" });
      expect(await store.getInspection("nope")).toBeUndefined();
      await store.close();
    });

    it("keeps one key per answer: saving one answer never loses another", async () => {
      const store = await open();
      await store.saveInspection(inspection("b"));
      await store.saveCase(kase("b", "D01", "cm-1"));
      await Promise.all([
        store.saveAnswers("b", "D01", [answer("rosh.planning", "yes")], [audit("b", "D01", "rosh.planning", "yes")]),
        store.saveAnswers(
          "b",
          "D01",
          [answer("rr.planning_gaps", ["late", "not_done"], 2, "late by weeks")],
          [audit("b", "D01", "rr.planning_gaps", ["late", "not_done"], 2)],
        ),
      ]);
      const answers = await store.getAnswers("b", "D01");
      expect(Object.keys(answers).sort()).toEqual(["rosh.planning", "rr.planning_gaps"]);
      expect(answers["rr.planning_gaps"]).toMatchObject({ value: ["late", "not_done"], note: "late by weeks" });
      expect(await store.listAudit("b", "D01")).toHaveLength(2);
      await store.close();
    });

    it("reads a whole inspection's answers by case, and not its neighbours'", async () => {
      const store = await open();
      await store.saveInspection(inspection("c"));
      await store.saveInspection(inspection("c-2"));
      for (const ref of ["D01", "D02", "D10"]) {
        await store.saveCase(kase("c", ref));
        await store.saveAnswers("c", ref, [answer("profile.psr", ref === "D02" ? "no" : "yes")], []);
      }
      await store.saveCase(kase("c-2", "D01"));
      await store.saveAnswers("c-2", "D01", [answer("profile.psr", "no")], []);
      const all = await store.listAnswers("c");
      expect([...all.keys()].sort()).toEqual(["D01", "D02", "D10"]);
      expect(all.get("D02")?.["profile.psr"]?.value).toBe("no");
      expect((await store.listCases("c")).map((k) => k.ref).sort()).toEqual(["D01", "D02", "D10"]);
      await store.close();
    });

    it("appends audit entries that are never overwritten, even at the same instant", async () => {
      const store = await open();
      await store.saveInspection(inspection("d"));
      for (let i = 0; i < 5; i++)
        await store.saveAnswers("d", "D01", [answer("rosh.planning", i % 2 ? "yes" : "no")], [audit("d", "D01", "rosh.planning", i % 2 ? "yes" : "no")]);
      const trail = await store.listAudit("d");
      expect(trail).toHaveLength(5);
      expect(trail.every((e) => e.case === "D01")).toBe(true);
      await store.close();
    });

    it("keeps roles and channel bindings", async () => {
      const store = await open();
      await store.setRole("e", "U1", "lead");
      await store.setRole("e", "U2", "case_manager");
      expect(await store.getRole("e", "U2")).toBe("case_manager");
      expect((await store.listRoles("e")).sort((a, b) => a.user.localeCompare(b.user))).toEqual([
        { user: "U1", role: "lead" },
        { user: "U2", role: "case_manager" },
      ]);
      await store.setRole("e", "U2", undefined);
      expect(await store.getRole("e", "U2")).toBeUndefined();
      await store.bindChannel("C1", "e");
      expect(await store.getChannelInspection("C1")).toBe("e");
      await store.close();
    });

    it("claims a key once, atomically, and again after it expires", async () => {
      const store = await open();
      const results = await Promise.all(Array.from({ length: 20 }, () => store.claim("event:Ev1", 60_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.claim("event:Ev2", 60_000)).toBe(true);
      expect(await store.claim("event:short", 50)).toBe(true);
      await new Promise((r) => setTimeout(r, 120));
      expect(await store.claim("event:short", 50)).toBe(true);
      await store.close();
    });

    it("gives a claim back so the same request can be tried again", async () => {
      const store = await open();
      expect(await store.claim("turn:x:D01:3", 60_000)).toBe(true);
      expect(await store.claim("turn:x:D01:3", 60_000)).toBe(false);
      await store.release("turn:x:D01:3");
      expect(await store.claim("turn:x:D01:3", 60_000)).toBe(true);
      await store.close();
    });

    it("reads a prefix in key order and leaves expired values out", async () => {
      const store = await open();
      await store.saveInspection(inspection("h"));
      for (const ref of ["D10", "D02", "D01"]) await store.saveCase(kase("h", ref));
      expect((await store.listCases("h")).map((k) => k.ref)).toEqual(["D01", "D02", "D10"]);
      await store.close();
    });

    it("deletes an inspection with all it holds, and nothing else", async () => {
      const store = await open();
      for (const id of ["f", "f-keep"]) {
        await store.saveInspection(inspection(id));
        await store.saveCase(kase(id, "D01"));
        await store.saveAnswers(id, "D01", [answer("profile.psr", "yes")], [audit(id, "D01", "profile.psr", "yes")]);
        await store.setRole(id, "U1", "lead");
        await store.bindChannel(`C-${id}`, id);
        await store.setValue(`slack-live:${id}:D01`, { turn: 3 });
        await store.claim(`slack-turn:${id}:D01:3`, 60_000);
        await store.setValue(`slack-thread:C-${id}:1.2`, { inspection: id, ref: "D01" });
      }
      await store.deleteInspection("f");
      expect(await store.getInspection("f")).toBeUndefined();
      expect(await store.listCases("f")).toEqual([]);
      expect((await store.listAnswers("f")).size).toBe(0);
      expect(await store.listAudit("f")).toEqual([]);
      expect(await store.listRoles("f")).toEqual([]);
      expect(await store.getChannelInspection("C-f")).toBeUndefined();
      expect(await store.getValue("slack-live:f:D01")).toBeUndefined();
      expect(await store.claim("slack-turn:f:D01:3", 60_000)).toBe(true);
      expect(await store.claim("slack-turn:f-keep:D01:3", 60_000)).toBe(false);
      expect(await store.getValue("slack-thread:C-f:1.2")).toBeUndefined();
      expect(await store.getValue("slack-live:f-keep:D01")).toEqual({ turn: 3 });
      expect(await store.getValue("slack-thread:C-f-keep:1.2")).toEqual({ inspection: "f-keep", ref: "D01" });
      expect(await store.getInspection("f-keep")).toBeDefined();
      expect((await store.listAnswers("f-keep")).size).toBe(1);
      expect(await store.getChannelInspection("C-f-keep")).toBe("f-keep");
      await store.close();
    });

    it("refuses a guarded write for a case deleted meanwhile, also once the id is used again", async () => {
      const store = await open();
      await store.saveInspection(inspection("t"));
      const first = kase("t", "D01");
      await store.saveCase(first);
      expect(await store.saveAnswers("t", "D01", [answer("profile.psr", "yes")], [audit("t", "D01", "profile.psr", "yes")], first.createdAt)).toBe(true);
      await store.deleteInspection("t");
      // An answer in flight across the delete: refused, nothing written.
      expect(await store.saveAnswers("t", "D01", [answer("rosh.planning", "no", 2)], [audit("t", "D01", "rosh.planning", "no", 2)], first.createdAt)).toBe(
        false,
      );
      expect(await store.saveCase({ ...first, paused: true }, "existing")).toBe(false);
      expect(await store.getCase("t", "D01")).toBeUndefined();
      // The same ids again: a new case (created later) does not take the old write either.
      await store.saveInspection({ ...inspection("t"), createdAt: at(30) });
      const second = { ...kase("t", "D01"), createdAt: at(31) };
      await store.saveCase(second);
      expect(await store.saveAnswers("t", "D01", [answer("rosh.planning", "no", 3)], [], first.createdAt)).toBe(false);
      expect(await store.getAnswers("t", "D01")).toEqual({});
      expect(await store.listAudit("t")).toEqual([]);
      expect(await store.saveAnswers("t", "D01", [answer("rosh.planning", "yes", 4)], [], second.createdAt)).toBe(true);
      expect(await store.saveCase({ ...second, paused: true }, "existing")).toBe(true);
      expect((await store.getCase("t", "D01"))?.paused).toBe(true);
      await store.close();
    });

    it("writes and reads cases in bulk", async () => {
      const store = await open();
      await store.saveInspection(inspection("u"));
      const items = Array.from({ length: 9000 }, (_, i) => ({
        kase: kase("u", `B${i}`),
        ref: `B${i}`,
        answers: [answer("profile.psr", "yes")],
        audit: [audit("u", `B${i}`, "profile.psr", "yes")],
      }));
      await store.saveCaseBatch("u", items);
      expect((await store.listAnswers("u")).size).toBe(9000);
      const found = await store.getCases("u", ["B1", "B8999", "nope"]);
      expect([...found.keys()].sort()).toEqual(["B1", "B8999"]);
      await store.close();
    }, 60_000);

    it("keeps small values with an expiry", async () => {
      const store = await open();
      await store.setValue("thread:C1:123.4", { inspection: "g", ref: "D01" });
      expect(await store.getValue("thread:C1:123.4")).toEqual({ inspection: "g", ref: "D01" });
      await store.setValue("flow:U1", "x", 30);
      await new Promise((r) => setTimeout(r, 80));
      expect(await store.getValue("flow:U1")).toBeUndefined();
      await store.close();
    });
  });
}
