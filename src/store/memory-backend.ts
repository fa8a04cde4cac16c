import { defaultDeserialize, defaultSerialize } from "@keyv/serialize";
import Keyv from "keyv";
import { NAMESPACE, type Backend } from "./backend.ts";

/** First index in `sorted` whose key is not below `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** keyv's Map store that also keeps its keys sorted, so reading a prefix (a case's answers) is
 * a range, not a scan of every key in the store; the scan made each click slower as the store
 * grew (bench/interaction.ts). */
class SortedKeyMap extends Map<string, unknown> {
  private sorted: string[] = [];

  override set(key: string, value: unknown): this {
    if (!this.has(key)) this.sorted.splice(lowerBound(this.sorted, key), 0, key);
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    const had = super.delete(key);
    if (had) this.sorted.splice(lowerBound(this.sorted, key), 1);
    return had;
  }

  override clear(): void {
    this.sorted = [];
    super.clear();
  }

  keysWith(prefix: string): string[] {
    const found: string[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++) found.push(this.sorted[i]!);
    return found;
  }
}

/** Everything in this process's memory: for tests and the demo. */
export function memoryBackend(): Backend {
  const map = new SortedKeyMap();
  const claims = new Map<string, number>();
  const keyv = new Keyv({ store: map, namespace: NAMESPACE, throwOnErrors: true });
  const prefix = `${NAMESPACE}:`;
  return {
    keyv,
    async keys(start) {
      // Claims live apart (they need no serialising) but are listed like any key.
      const claimed = [...claims.keys()].filter((k) => k.startsWith(start));
      return [...map.keysWith(prefix + start).map((k) => k.slice(prefix.length)), ...claimed];
    },
    async setAll(entries) {
      // keyv's Map store writes synchronously inside set(), so this cannot interleave.
      await Promise.all(entries.map((e) => keyv.set(e.key, e.value)));
    },
    async setAllIf(check, entries) {
      // Read and written synchronously, in keyv's own format, so nothing can come between.
      const raw = map.get(prefix + check.key);
      const current = typeof raw === "string" ? defaultDeserialize<{ value?: { createdAt?: unknown } }>(raw) : undefined;
      if (current?.value?.createdAt !== check.createdAt) return false;
      for (const e of entries) map.set(prefix + e.key, defaultSerialize({ value: e.value, expires: undefined }));
      return true;
    },
    async setIfAbsent(key, ttlMs) {
      const now = Date.now();
      const until = claims.get(key);
      if (until !== undefined && until > now) return false;
      claims.set(key, now + ttlMs);
      return true;
    },
    async unset(key) {
      claims.delete(key);
    },
    async close() {},
  };
}
