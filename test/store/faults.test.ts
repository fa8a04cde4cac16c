import { describe, expect, it } from "vitest";
import type { Answer, AuditEntry } from "../../src/core/records.ts";
import type { Backend } from "../../src/store/backend.ts";
import { KeyvStore } from "../../src/store/keyv-store.ts";
import { memoryBackend } from "../../src/store/memory-backend.ts";
import { openStore } from "../../src/store/open-store.ts";
import { StoreUnavailableError } from "../../src/store/store.ts";
import { startRedis } from "../support/redis-server.ts";

const answer: Answer = { question: "rosh.planning", value: "yes", by: "U1", at: "2026-11-25T10:00:00.000Z" };
const audit: AuditEntry = { inspection: "i", case: "D01", question: "rosh.planning", action: "answer", before: null, after: "yes", by: "U1", at: answer.at };

/** A backend whose writes fail the first `failures` times, as a busy or restarting store does. */
function flaky(failures: number): Backend & { calls: () => number } {
  const inner = memoryBackend();
  let calls = 0;
  return {
    ...inner,
    calls: () => calls,
    async setAll(entries) {
      calls++;
      if (calls <= failures) throw new Error("SQLITE_BUSY: database is locked");
      return inner.setAll(entries);
    },
  };
}

describe("store faults", () => {
  it("retries a busy store with backoff and records the answer once, with one audit entry", async () => {
    const backend = flaky(2);
    const store = new KeyvStore(backend, { attempts: 3, backoffMs: 5 });
    await store.saveAnswers("i", "D01", [answer], [audit]);
    expect(backend.calls()).toBe(3);
    expect((await store.getAnswers("i", "D01"))["rosh.planning"]?.value).toBe("yes");
    expect(await store.listAudit("i")).toHaveLength(1);
  });

  it("gives up with a named error after the last try, and nothing is written", async () => {
    const backend = flaky(10);
    const store = new KeyvStore(backend, { attempts: 3, backoffMs: 5 });
    const error = await store.saveAnswers("i", "D01", [answer], [audit]).catch((e) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.code).toBe("store_unavailable");
    expect(error.message).toMatch(/could not save the answer \(SQLITE_BUSY/);
    expect(await store.getAnswers("i", "D01")).toEqual({});
    expect(await store.listAudit("i")).toEqual([]);
  });

  it("fails fast while Redis is down, and works again when it is back", async () => {
    const first = await startRedis({ private: true });
    const store = await openStore(first.url);
    await store.saveAnswers("i", "D01", [answer], [audit]);
    await first.stop();
    const started = Date.now();
    const error = await store.saveAnswers("i", "D02", [answer], [audit]).catch((e) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(5_000);
    const second = await startRedis({ private: true, port: first.port });
    try {
      // The client reconnects by itself; the next write goes through.
      let saved = false;
      for (let i = 0; i < 40 && !saved; i++) {
        saved = await store.saveAnswers("i", "D03", [answer], [audit]).then(
          () => true,
          () => false,
        );
        if (!saved) await new Promise((r) => setTimeout(r, 100));
      }
      expect(saved).toBe(true);
      expect((await store.getAnswers("i", "D03"))["rosh.planning"]?.value).toBe("yes");
    } finally {
      await store.close().catch(() => {});
      await second.stop();
    }
  });
});
