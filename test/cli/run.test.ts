import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../support/fake-slack.ts";
import { slashCommand } from "../support/slack-payloads.ts";
import { SIGNING_SECRET, sign } from "../support/slack-testbed.ts";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** `npm start` as an administrator runs it: the real binary, Slack configured for HTTP, the Web
 * API pointed at a fake Slack, an SQLite store. */
describe("casecheck run with Slack configured", () => {
  const slack = new FakeSlack();
  beforeAll(() => slack.start());
  afterAll(() => slack.stop());

  it("listens for Slack, answers a signed /casecheck, and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    const env = {
      ...process.env,
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: "",
      SLACK_API_URL: slack.url,
      PORT: String(port),
      STORE_URL: `sqlite://${join(mkdtempSync(join(tmpdir(), "casecheck-run-")), "run.sqlite")}`,
      LLM: "off",
      LOG_LEVEL: "info",
    };
    const child = spawn(process.execPath, ["bin/casecheck.js", "run"], { env, stdio: "pipe" });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    try {
      for (let i = 0; i < 200 && !log.includes("listens for Slack"); i++) await new Promise((r) => setTimeout(r, 50));
      expect(log).toContain(`casecheck listens for Slack on port ${port} at /slack/events`);

      const { body, contentType } = slashCommand("U0LEAD", "C0RUN", "new run-test Run test");
      const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body, headers: { "content-type": contentType, ...sign(body) } });
      expect(response.status).toBe(200);
      for (let i = 0; i < 100 && !slack.calls.some((c) => c.method.startsWith("chat.")); i++) await new Promise((r) => setTimeout(r, 50));
      const said = JSON.stringify(slack.calls.filter((c) => c.method.startsWith("chat.")).map((c) => c.args));
      expect(said).toContain("run-test");

      const unsigned = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body, headers: { "content-type": contentType } });
      expect(unsigned.status).toBe(401);
    } finally {
      child.kill("SIGTERM");
    }
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(0);
    expect(log).toContain("stopping");
  });

  it("names the variable when Slack is half-configured", async () => {
    const child = spawn(process.execPath, ["bin/casecheck.js", "run"], {
      env: { ...process.env, SLACK_BOT_TOKEN: "xoxb-x", SLACK_SIGNING_SECRET: "", SLACK_APP_TOKEN: "", STORE_URL: "memory://" },
      stdio: "pipe",
    });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(err).toContain("neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP) is: set one");
  });
});
