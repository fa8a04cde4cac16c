import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, StoreConfigError } from "../../src/store/open-store.ts";
import { startRedis } from "../support/redis-server.ts";
import { storeContract } from "./contract.ts";

const dir = mkdtempSync(join(tmpdir(), "casecheck-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let redis: Awaited<ReturnType<typeof startRedis>>;
let db = 0;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => redis?.stop());

storeContract("memory", () => openStore("memory://"));
// One file for the whole suite, reopened for each test, as a restarted process would.
storeContract("sqlite", () => openStore(`sqlite://${join(dir, "contract.sqlite")}`));
// A fresh logical database per test keeps tests apart on one server.
storeContract("redis", async () => {
  const url = `${redis.url}/${(db = (db % 15) + 1)}`;
  const store = await openStore(url);
  const { createClient } = await import("@keyv/redis");
  const client = createClient({ url });
  await client.connect();
  await client.flushDb();
  await client.quit();
  return store;
});

describe("opening a store", () => {
  it("names STORE_URL when a path cannot be opened", async () => {
    const notAFolder = join(dir, "a-file");
    writeFileSync(notAFolder, "");
    await expect(openStore(`sqlite://${notAFolder}/x.sqlite`)).rejects.toThrow(/^STORE_URL "sqlite:.*a-file\/x.sqlite" could not be opened: .*Check the path/);
  });
  it("names STORE_URL for an unknown scheme", async () => {
    const error = await openStore("postgres://x").catch((e) => e);
    expect(error).toBeInstanceOf(StoreConfigError);
    expect(error.message).toMatch(/STORE_URL "postgres:\/\/x" is not supported/);
  });
  it("names STORE_URL when Redis cannot be reached", async () => {
    await expect(openStore("redis://127.0.0.1:1")).rejects.toThrow(/STORE_URL "redis:\/\/127.0.0.1:1" could not be opened/);
  });
  it("keeps answers across a reopen (a restart loses nothing)", async () => {
    const url = `sqlite://${join(dir, "restart.sqlite")}`;
    const first = await openStore(url);
    await first.saveAnswers("r", "D01", [{ question: "profile.psr", value: "yes", by: "U1", at: "2026-11-25T10:00:00.000Z" }], []);
    await first.close();
    const second = await openStore(url);
    expect((await second.getAnswers("r", "D01"))["profile.psr"]?.value).toBe("yes");
    await second.close();
  });
});

describe("notes stored with Slack's entities (before text was unescaped where it enters)", () => {
  it("become the characters typed, once, in answers and the audit trail (SQLite)", async () => {
    const { sqliteBackend } = await import("../../src/store/sqlite-backend.ts");
    const { KeyvStore } = await import("../../src/store/keyv-store.ts");
    const { unescapeStoredText } = await import("../../src/store/migrate.ts");
    const backend = await sqliteBackend(join(dir, "entities.sqlite"));
    const store = new KeyvStore(backend);
    const at = "2026-11-25T10:00:00.000Z";
    await store.saveAnswers(
      "m",
      "D01",
      [{ question: "profile.psr", value: "yes", note: "late &amp; &lt;incomplete&gt;", by: "U1", at }],
      [{ inspection: "m", case: "D01", question: "profile.psr", action: "change", before: "no", after: "yes", reason: "misread &amp;lt; sign", by: "U1", at }],
    );
    expect(await unescapeStoredText(backend)).toBe(2);
    expect((await store.getAnswers("m", "D01"))["profile.psr"]?.note).toBe("late & <incomplete>");
    expect((await store.listAudit("m"))[0]?.reason).toBe("misread &lt; sign");
    // Done once: running again changes nothing, even what now looks like an entity.
    expect(await unescapeStoredText(backend)).toBe(0);
    expect((await store.listAudit("m"))[0]?.reason).toBe("misread &lt; sign");
    await store.close();
  });
});
