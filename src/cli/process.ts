import { createInterface } from "node:readline";
import { config as loadDotenv } from "dotenv";
import { loadConfig } from "../config.ts";
import { openStore } from "../store/open-store.ts";
import type { CliIo } from "./io.ts";
import { main } from "./main.ts";

/** The real process as a CliIo: .env, stdin, stdout and the store STORE_URL names. */
export async function runProcess(): Promise<void> {
  loadDotenv({ quiet: true });
  let lines: AsyncIterableIterator<string> | undefined;
  const io: CliIo = {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    stdin: () => (lines ??= createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity })[Symbol.asyncIterator]()),
    env: process.env,
    openStore: () => openStore(loadConfig(process.env).STORE_URL),
    now: () => new Date().toISOString(),
  };
  const code = await main(process.argv.slice(2), io);
  process.exitCode = code;
  // Let stdout drain, then leave even if a library keeps a handle open.
  process.stdout.write("", () => process.exit(code));
}
