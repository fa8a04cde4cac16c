import Keyv from "keyv";
import { NAMESPACE, type Backend } from "./backend.ts";

/** Everything in this process's memory: for tests and the demo. */
export function memoryBackend(): Backend {
  const map = new Map<string, unknown>();
  const claims = new Map<string, number>();
  const keyv = new Keyv({ store: map, namespace: NAMESPACE, throwOnErrors: true });
  const prefix = `${NAMESPACE}:`;
  return {
    keyv,
    async keys(start) {
      return [...map.keys()].filter((k) => k.startsWith(prefix + start)).map((k) => k.slice(prefix.length));
    },
    async setAll(entries) {
      // keyv's Map store writes synchronously inside set(), so this cannot interleave.
      await Promise.all(entries.map((e) => keyv.set(e.key, e.value)));
    },
    async setIfAbsent(key, ttlMs) {
      const now = Date.now();
      const until = claims.get(key);
      if (until !== undefined && until > now) return false;
      claims.set(key, now + ttlMs);
      return true;
    },
    async close() {},
  };
}
