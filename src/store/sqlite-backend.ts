import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import KeyvSqlite from "@keyv/sqlite";
import { defaultDeserialize, defaultSerialize } from "@keyv/serialize";
import Keyv from "keyv";
import { NAMESPACE, type Backend } from "./backend.ts";

/** Values per INSERT statement: two bound parameters each. */
const CHUNK = 8000;

type Query = (sql: string, ...params: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** Creates the folders missing on the way to `dir`, one at a time: Node's recursive mkdir
 * spins for ever where a folder cannot be made and is reported missing (under /proc). */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  for (const folder of missing) mkdirSync(folder);
}

/** An embedded SQLite file: the default for a single instance. */
export async function sqliteBackend(file: string): Promise<Backend> {
  if (file !== ":memory:") makeFolder(dirname(file));
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 5000 });
  const query = adapter.query.bind(adapter) as Query;
  // WAL lets readers go on while a write happens and roughly triples write speed.
  await query("PRAGMA journal_mode=WAL");
  await query("PRAGMA synchronous=NORMAL");
  const keyv = new Keyv({ store: adapter, namespace: NAMESPACE, throwOnErrors: true });
  const full = (key: string) => `${NAMESPACE}:${key}`;
  // Rows are written in keyv's own format so keyv reads them back unchanged.
  const row = (value: unknown, expires?: number) => defaultSerialize({ value, expires });
  return {
    keyv,
    async keys(prefix) {
      // A range on the primary key, not LIKE: ids contain `_`, which LIKE treats as a wildcard.
      const rows = await query("SELECT key FROM keyv WHERE key >= ? AND key < ?", full(prefix), `${full(prefix)}\uffff`);
      return rows.map((r) => String(r.key).slice(NAMESPACE.length + 1));
    },
    async entries(prefix) {
      const rows = await query("SELECT key, value FROM keyv WHERE key >= ? AND key < ?", full(prefix), `${full(prefix)}\uffff`);
      const now = Date.now();
      // As keyv's own get: its format, and nothing past its expiry.
      return rows.flatMap((r) => {
        const data = typeof r.value === "string" ? defaultDeserialize<{ value?: unknown; expires?: number | null } | null>(r.value) : undefined;
        if (!data || data.value === undefined || (typeof data.expires === "number" && now > data.expires)) return [];
        return [[String(r.key).slice(NAMESPACE.length + 1), data.value] as [string, unknown]];
      });
    },
    async setAll(entries) {
      // One statement per chunk, within SQLite's limit on bound parameters (32,766).
      for (let i = 0; i < entries.length; i += CHUNK) {
        const chunk = entries.slice(i, i + CHUNK);
        const sql = `INSERT INTO keyv (key, value) VALUES ${chunk.map(() => "(?, ?)").join(", ")}
          ON CONFLICT(key) DO UPDATE SET value = excluded.value`;
        await query(sql, ...chunk.flatMap((e) => [full(e.key), row(e.value)]));
      }
    },
    async setAllIf(check, entries) {
      if (entries.length > CHUNK) throw new Error(`setAllIf writes at most ${CHUNK} values at once`);
      // The check and the write are one statement, so a delete cannot come between them.
      const rows = await query(
        `INSERT INTO keyv (key, value) SELECT column1, column2 FROM (VALUES ${entries.map(() => "(?, ?)").join(", ")})
         WHERE EXISTS (SELECT 1 FROM keyv WHERE key = ? AND json_extract(value, '$.value.createdAt') = ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value RETURNING key`,
        ...entries.flatMap((e) => [full(e.key), row(e.value)]),
        full(check.key),
        check.createdAt,
      );
      return rows.length > 0;
    },
    async setIfAbsent(key, ttlMs) {
      const now = Date.now();
      const rows = await query(
        `INSERT INTO keyv (key, value) VALUES (?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value
         WHERE coalesce(json_extract(keyv.value, '$.expires'), 0) BETWEEN 1 AND ?
         RETURNING key`,
        full(key),
        row(true, now + ttlMs),
        now,
      );
      return rows.length === 1;
    },
    async unset(key) {
      await query("DELETE FROM keyv WHERE key = ?", full(key));
    },
    async close() {
      await keyv.disconnect();
    },
  };
}
