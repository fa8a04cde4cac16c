import { KeyvStore } from "./keyv-store.ts";
import { memoryBackend } from "./memory-backend.ts";
import { unescapeStoredText } from "./migrate.ts";
import { sqliteBackend } from "./sqlite-backend.ts";
import type { Store } from "./store.ts";

export const DEFAULT_STORE_URL = "sqlite://data/casecheck.sqlite";

/** A store could not be opened from STORE_URL; the message names the variable and what to do. */
export class StoreConfigError extends Error {
  readonly code = "store_config";
  constructor(message: string) {
    super(message);
    this.name = "StoreConfigError";
  }
}

/** Opens the store a STORE_URL names: `memory://`, `sqlite://path/to/file.sqlite`, `redis://host:port`. */
export async function openStore(url: string = DEFAULT_STORE_URL): Promise<Store> {
  const scheme = url.split(":")[0];
  try {
    switch (scheme) {
      case "memory":
        return new KeyvStore(memoryBackend());
      case "sqlite": {
        const file = url.replace(/^sqlite:\/\//, "");
        if (!file) throw new Error("no file path after sqlite://");
        const backend = await sqliteBackend(file);
        const store = new KeyvStore(backend);
        await store.listInspections(); // fail now, not at the first answer
        await unescapeStoredText(backend);
        return store;
      }
      case "redis":
      case "rediss": {
        const { redisBackend } = await import("./redis-backend.ts");
        const backend = await redisBackend(url);
        const store = new KeyvStore(backend);
        await store.listInspections();
        await unescapeStoredText(backend);
        return store;
      }
      default:
        throw new StoreConfigError(`STORE_URL "${url}" is not supported: use memory://, sqlite://path/to/file.sqlite or redis://host:6379.`);
    }
  } catch (error) {
    if (error instanceof StoreConfigError) throw error;
    const cause = (error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message;
    throw new StoreConfigError(`STORE_URL "${url}" could not be opened: ${cause}. Check the path or server, or set STORE_URL to another store.`);
  }
}
