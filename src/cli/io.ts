import type { Store } from "../store/store.ts";

/** What a command needs from the outside, so tests can run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input as lines (for `ask -` and confirmations). */
  stdin: () => AsyncIterable<string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Opens the store named by STORE_URL; commands close it when done. */
  openStore: () => Promise<Store>;
  now: () => string;
}

/** Bad input: exit 2 with every problem on stderr (DESIGN.md, Command line). */
export class UsageError extends Error {
  readonly code = "usage";
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "UsageError";
  }
}

export type Command = (args: string[], io: CliIo) => Promise<number>;
