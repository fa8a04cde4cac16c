import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionsOf } from "../../src/core/framework/define.ts";
import { readAnswer } from "../../src/core/interview/answers.ts";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { parseAnswersCsv } from "../../src/service/csv-import.ts";
import { importInspection } from "../../src/service/import-inspection.ts";
import { openStore } from "../../src/store/open-store.ts";

const questions = questionsOf(sqsYouth2016);
const cell = fc.oneof(
  fc.constantFrom("", "yes", "no", "na", "community", "custody", "low", "high", "late;not_done", "effective", "maybe", "Yes", '"', "a,b", "\n"),
  fc.string({ maxLength: 12 }),
);
const column = fc.oneof(fc.constantFrom("case_ref", "case_manager", ...questions.map((q) => q.id), "rr.planning#note", "colour"), fc.string({ maxLength: 8 }));

describe("bad input never crashes and never half-writes", () => {
  it("any CSV text: parseAnswersCsv returns rows or problems, never throws", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }), fc.array(column, { minLength: 1, maxLength: 8 }), (rows, header) => {
        const text = [header.join(","), ...rows.map((r) => r.join(","))].join("\n");
        const parsed = parseAnswersCsv(sqsYouth2016, text);
        if (parsed.ok) expect(parsed.rows.every((r) => /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(r.ref))).toBe(true);
        else expect(parsed.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("a file with any bad cell writes nothing at all", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 4 }), fc.constantFrom("maybe", "custody;community", "sometimes", "n/a"), async (badRow, badValue) => {
        const header = "case_ref,profile.sentence,profile.psr";
        const rows = Array.from({ length: 5 }, (_, i) => `D0${i + 1},${i === badRow ? badValue : "community"},no`);
        const parsed = parseAnswersCsv(sqsYouth2016, [header, ...rows].join("\n"));
        expect(parsed.ok).toBe(false);
        // The CLI writes only when parsing succeeds; prove the store stays empty through the same path.
        const store = await openStore("memory://");
        if (parsed.ok) await importInspection(store, { inspection: { id: "x", name: "x", framework: sqsYouth2016.id }, rows: parsed.rows, by: "t", at: "t" });
        expect(await store.listInspections()).toEqual([]);
        if (!parsed.ok) expect(parsed.problems.join("\n")).toContain(`row ${badRow + 2}, profile.sentence`);
      }),
      { numRuns: 40 },
    );
  });

  it("any typed text: readAnswer gives a valid value or a reason, never throws", () => {
    fc.assert(
      fc.property(fc.constantFrom(...questions), fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("No, it was late", "n/a", "late, not done", "2", "ineffective", "  YES  ")), (question, text) => {
        const read = readAnswer(question, text);
        if (!read.ok) {
          expect(read.error).toMatch(/Please answer/);
          return;
        }
        const values = Array.isArray(read.value) ? read.value : [read.value];
        const allowed = question.kind === "judgement" ? ["yes", "no", "na"] : question.kind === "gate" ? ["yes", "no"] : question.options.map((o) => o.id);
        expect(values.every((v) => allowed.includes(v))).toBe(true);
        expect(Array.isArray(read.value)).toBe(question.kind === "multi");
      }),
      { numRuns: 2000 },
    );
  });
});
