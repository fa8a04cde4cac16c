import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBin } from "../support/cli.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { SIGNING_SECRET } from "../support/slack-testbed.ts";

/** `casecheck run` as an administrator starts it, with something wrong: one line naming the
 * variable and what to do, exit 2, no stack trace, and no waiting for ever. */
const NONE = { SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: "", SLACK_APP_TOKEN: "", SLACK_API_URL: "", STORE_URL: "memory://", PORT: "0", LOG_LEVEL: "silent" };
const STACK = /\n\s+at /;

function expectOneLine(result: { code: number; stderr: string }, pattern: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(STACK);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
}

describe("start-up failures", () => {
  const slack = new FakeSlack();
  let busy: Server;
  let busyPort = 0;
  beforeAll(async () => {
    await slack.start();
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "0.0.0.0", r));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(async () => {
    await slack.stop();
    busy.close();
  });

  it("a signing secret or app token without a bot token refuses to start, naming both", async () => {
    expectOneLine(
      await runBin(["run"], { ...NONE, SLACK_SIGNING_SECRET: SIGNING_SECRET }),
      /^SLACK_SIGNING_SECRET is set, but SLACK_BOT_TOKEN is not: set SLACK_BOT_TOKEN/,
    );
    expectOneLine(await runBin(["run"], { ...NONE, SLACK_APP_TOKEN: "xapp-1-x" }), /^SLACK_APP_TOKEN is set, but SLACK_BOT_TOKEN is not/);
  }, 60_000);

  it("a bot token Slack refuses is named, with what to do", async () => {
    slack.fail("auth.test", { error: "invalid_auth" });
    const result = await runBin(["run"], { ...NONE, SLACK_BOT_TOKEN: "xoxb-revoked", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.url });
    expectOneLine(result, /^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\): copy the Bot User OAuth Token/);
  }, 60_000);

  it("a port in use is named", async () => {
    const result = await runBin(["run"], {
      ...NONE,
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.url,
      PORT: String(busyPort),
    });
    expectOneLine(result, new RegExp(`^PORT ${busyPort} is in use: .*set PORT to a free port`));
  }, 60_000);

  it("an unreachable SLACK_API_URL is tried a few times, then named", async () => {
    const started = Date.now();
    const result = await runBin(["run"], {
      ...NONE,
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: "http://127.0.0.1:9/api/",
    });
    expectOneLine(result, /^SLACK_API_URL http:\/\/127.0.0.1:9\/api\/ could not be reached \(.*\) after 3 tries/);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it("an SQLite path that cannot be made fails at once, naming STORE_URL", async () => {
    const started = Date.now();
    const result = await runBin(["inspections"], { ...NONE, STORE_URL: "sqlite:///proc/x/y.sqlite" });
    expectOneLine(result, /^STORE_URL "sqlite:\/\/\/proc\/x\/y.sqlite" could not be opened/);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
