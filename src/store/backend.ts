import type Keyv from "keyv";

/** What a keyv backend adds beyond get/set: the few operations keyv itself lacks. Each
 * backend implements them with its own atomic primitive. */
export interface Backend {
  /** Reads, writes and deletes go through keyv (namespace `casecheck`). */
  keyv: Keyv;
  /** Keys (without the namespace) that start with `prefix`. */
  keys(prefix: string): Promise<string[]>;
  /** Keys and values under `prefix` (expired ones left out), in one read where the backend can:
   * for SQLite this halves the round trips of reading a case's answers (bench/interaction.ts). */
  entries?(prefix: string): Promise<Array<[string, unknown]>>;
  /** Writes several values at once: in one transaction where the backend has them. */
  setAll(entries: ReadonlyArray<{ key: string; value: unknown }>): Promise<void>;
  /** Writes several values at once, atomically, only while the value at `check.key` exists and
   * its `createdAt` is `check.createdAt` (the same generation of a case): false, and nothing
   * written, otherwise. This is how a write for a deleted case is refused (DESIGN.md, Storage). */
  setAllIf(check: { key: string; createdAt: string }, entries: ReadonlyArray<{ key: string; value: unknown }>): Promise<boolean>;
  /** Atomic set-if-absent (Redis SET NX, SQLite insert-or-ignore): true if this call set it. */
  setIfAbsent(key: string, ttlMs: number): Promise<boolean>;
  /** Removes a key set by setIfAbsent, so it can be set again. */
  unset(key: string): Promise<void>;
  close(): Promise<void>;
}

export const NAMESPACE = "casecheck";
