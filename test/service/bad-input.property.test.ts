import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionsOf } from "../../src/core/framework/define.ts";
import { readAnswer } from "../../src/core/interview/answers.ts";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";
import { parseAnswersCsv } from "../../src/service/csv-import.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";

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

  it("a file with any bad cell writes nothing at all, to a store that already holds an inspection", async () => {
    // A store with the Dorset inspection in it, imported through the same command: the
    // property must see writes (an empty store that stays empty proves nothing).
    const store = await openStore("memory://");
    // The command closes its store when done; this one stays open across runs.
    const held = new Proxy(store, { get: (t, p, r) => (p === "close" ? async () => {} : Reflect.get(t, p, r)) }) as Store;
    const dir = mkdtempSync(join(tmpdir(), "casecheck-bad-"));
    const run = async (csv: string) => {
      const file = join(dir, "answers.csv");
      writeFileSync(file, csv);
      const err: string[] = [];
      const io: CliIo = {
        stdout: () => {},
        stderr: (t) => err.push(t),
        stdin: async function* () {},
        env: {},
        openStore: async () => held,
        now: () => "2026-11-25T12:00:00.000Z",
      };
      return { code: await main(["import", file, "--inspection", "dorset-2016"], io), err: err.join("\n") };
    };
    expect((await run(readFileSync(new URL("../../fixtures/inspections/dorset-2016.csv", import.meta.url), "utf8"))).code).toBe(0);
    const snapshot = async () => ({
      inspections: await store.listInspections(),
      cases: await store.listCases("dorset-2016"),
      answers: [...(await store.listAnswers("dorset-2016"))],
      audit: await store.listAudit("dorset-2016"),
    });
    const before = await snapshot();
    expect(before.answers.length).toBe(20);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 4 }), fc.constantFrom("maybe", "custody;community", "sometimes", "n/a"), async (badRow, badValue) => {
        const header = "case_ref,profile.sentence,profile.psr";
        // D01 to D05 exist with other answers: a good row would change them.
        const rows = Array.from({ length: 5 }, (_, i) => `D0${i + 1},${i === badRow ? badValue : "custody"},no`);
        const result = await run([header, ...rows].join("\n"));
        expect(result.code).toBe(2);
        expect(result.err).toContain(`row ${badRow + 2}, profile.sentence`);
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 40 },
    );
    // The same file without its bad cell does write: the property could have failed.
    expect((await run(["case_ref,profile.sentence,profile.psr", "D01,custody,no"].join("\n"))).code).toBe(0);
    expect(await snapshot()).not.toEqual(before);
    await store.close();
  });

  it("any typed text: readAnswer gives a valid value or a reason, never throws", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...questions),
        fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("No, it was late", "n/a", "late, not done", "2", "ineffective", "  YES  ")),
        (question, text) => {
          const read = readAnswer(question, text);
          if (!read.ok) {
            expect(read.error).toMatch(/Please answer/);
            return;
          }
          const values = Array.isArray(read.value) ? read.value : [read.value];
          const allowed = question.kind === "judgement" ? ["yes", "no", "na"] : question.kind === "gate" ? ["yes", "no"] : question.options.map((o) => o.id);
          expect(values.every((v) => allowed.includes(v))).toBe(true);
          expect(Array.isArray(read.value)).toBe(question.kind === "multi");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
