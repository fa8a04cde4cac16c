import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBin } from "../support/cli.ts";

/** Starts the real shell and lets a test type into it, waiting for what it prints. */
function liveShell(env: Record<string, string>) {
  const child = spawn(process.execPath, ["bin/casecheck.js", "shell"], { env: { ...process.env, ...env, LLM: "off" }, stdio: "pipe" });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  const waitFor = async (text: string, from: number) => {
    for (let i = 0; i < 200; i++) {
      if (out.indexOf(text, from) >= 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`the shell never printed "${text}"; it printed:\n${out}`);
  };
  return {
    child,
    async type(line: string, expect: string) {
      const from = out.length;
      child.stdin.write(`${line}\n`);
      await waitFor(expect, from);
    },
    waitFor,
  };
}

describe("a restart loses nothing", () => {
  it("after the process is killed between two answers, the case resumes at its next unanswered question", async () => {
    const env = { STORE_URL: `sqlite://${join(mkdtempSync(join(tmpdir(), "casecheck-kill-")), "kill.sqlite")}` };
    const shell = liveShell(env);
    await shell.waitFor("[Y/n]", 0);
    await shell.type("n", "casecheck shell");
    await shell.type("new kill-test", "Created inspection");
    await shell.type("case D01 cm-1", "What sentence is the child serving?");
    await shell.type("custody", "Recorded.");
    await shell.type("high", "Recorded.");
    await shell.type("yes", "Recorded.");
    // Killed without warning, as a crash or a power cut would.
    shell.child.kill("SIGKILL");
    await new Promise((r) => shell.child.once("close", r));

    const resumed = await runBin(["shell", "--inspection", "kill-test"], env, "case D01\nquit\n");
    expect(resumed.stdout).toContain("Carrying on with case D01.");
    expect(resumed.stdout).toContain("Case D01 · 4 of");
    expect(resumed.stdout).toContain("Was a report written for a referral order panel?");
  });
});
