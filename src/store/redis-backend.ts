import KeyvRedis from "@keyv/redis";
import { defaultSerialize } from "@keyv/serialize";
import Keyv from "keyv";
import { NAMESPACE, type Backend } from "./backend.ts";

/** Sets KEYS[2..] to ARGV[2..] if KEYS[1] holds a keyv value whose createdAt is ARGV[1]. */
const SET_ALL_IF = `
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local ok, data = pcall(cjson.decode, raw)
if not ok or type(data) ~= 'table' or type(data.value) ~= 'table' or data.value.createdAt ~= ARGV[1] then return 0 end
for i = 2, #KEYS do redis.call('SET', KEYS[i], ARGV[i]) end
return 1`;

/** A Redis server shared by several instances of casecheck. */
export async function redisBackend(url: string): Promise<Backend> {
  // Without the offline queue a command fails at once while the server is away, instead of
  // waiting for it; the store retries with backoff and then tells the user it was not saved.
  const adapter = new KeyvRedis(
    { url, disableOfflineQueue: true, socket: { connectTimeout: 3000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) } },
    { namespace: NAMESPACE, throwOnConnectError: true, throwOnErrors: true, connectionTimeout: 3000 },
  );
  // The adapter prefixes keys itself; keyv must not add a second prefix.
  const keyv = new Keyv({ store: adapter, useKeyPrefix: false, namespace: NAMESPACE, throwOnErrors: true });
  // A single server, not a cluster: SCAN covers every key.
  const client = (await adapter.getClient()) as import("@keyv/redis").RedisClientType;
  const full = (key: string) => adapter.createKeyPrefix(key, NAMESPACE);
  const strip = full("").length;
  const glob = (s: string) => s.replace(/[*?[\]\\]/g, "\\$&");
  return {
    keyv,
    async keys(prefix) {
      const found: string[] = [];
      for await (const batch of client.scanIterator({ MATCH: `${glob(full(prefix))}*`, COUNT: 1000 }))
        for (const k of Array.isArray(batch) ? batch : [batch]) found.push(String(k).slice(strip));
      return found;
    },
    async setAll(entries) {
      if (!entries.length) return;
      // @keyv/redis writes a batch in one MULTI transaction.
      await keyv.setMany(entries.map((e) => ({ key: e.key, value: e.value })));
    },
    async setAllIf(check, entries) {
      // A script runs alone on the server: the check and the writes cannot be split.
      const written = await client.eval(SET_ALL_IF, {
        keys: [full(check.key), ...entries.map((e) => full(e.key))],
        arguments: [check.createdAt, ...entries.map((e) => defaultSerialize({ value: e.value, expires: undefined }))],
      });
      return written === 1;
    },
    async setIfAbsent(key, ttlMs) {
      return (await client.set(full(key), "1", { NX: true, PX: ttlMs })) === "OK";
    },
    async unset(key) {
      await client.del(full(key));
    },
    async close() {
      await keyv.disconnect();
    },
  };
}
