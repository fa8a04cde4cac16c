import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";
import { openStore } from "../../src/store/open-store.ts";

/** Runs a command in-process against a SQLite file, capturing what it prints. */
export function cliHarness(storeUrl = `sqlite://${join(mkdtempSync(join(tmpdir(), "casecheck-cli-")), "cli.sqlite")}`, env: Record<string, string> = {}) {
  return {
    storeUrl,
    async run(argv: string[], input: string[] = []) {
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIo = {
        stdout: (t) => out.push(t),
        stderr: (t) => err.push(t),
        stdin: async function* () {
          yield* input;
        },
        env: { STORE_URL: storeUrl, ...env },
        openStore: () => openStore(storeUrl),
        now: () => "2026-11-25T12:00:00.000Z",
      };
      const code = await main(argv, io);
      return { code, stdout: out.join("\n"), stderr: err.join("\n") };
    },
  };
}

/** Runs the real `casecheck` binary, as a user would. */
export function runBin(args: string[], env: Record<string, string>, input = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/casecheck.js", ...args], { env: { ...process.env, ...env, LLM: "off" }, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}
