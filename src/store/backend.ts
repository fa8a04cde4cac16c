import type Keyv from "keyv";

/** What a keyv backend adds beyond get/set: the few operations keyv itself lacks. Each
 * backend implements them with its own atomic primitive. */
export interface Backend {
  /** Reads, writes and deletes go through keyv (namespace `casecheck`). */
  keyv: Keyv;
  /** Keys (without the namespace) that start with `prefix`. */
  keys(prefix: string): Promise<string[]>;
  /** Writes several values at once: in one transaction where the backend has them. */
  setAll(entries: ReadonlyArray<{ key: string; value: unknown }>): Promise<void>;
  /** Atomic set-if-absent (Redis SET NX, SQLite insert-or-ignore): true if this call set it. */
  setIfAbsent(key: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export const NAMESPACE = "casecheck";
