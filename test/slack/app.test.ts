import { HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createSlackApp } from "../../src/slack/app.ts";
import { openStore } from "../../src/store/open-store.ts";
import { SlackTestBed, sign } from "../support/slack-testbed.ts";

describe("createSlackApp", () => {
  it("uses Socket Mode when an app token is set, HTTP otherwise", async () => {
    const store = await openStore("memory://");
    const logger = pino({ level: "silent" });
    const socket = createSlackApp({ config: loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }), store, logger });
    expect(socket.receiver).toBeInstanceOf(SocketModeReceiver);
    const http = createSlackApp({ config: loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }), store, logger });
    expect(http.receiver).toBeInstanceOf(HTTPReceiver);
    await store.close();
  });
});

describe("the HTTP endpoint", () => {
  let bed: SlackTestBed;
  beforeAll(async () => void (bed = await SlackTestBed.start()));
  afterAll(async () => bed?.stop());

  it("answers Slack's url_verification handshake at /slack/events", async () => {
    const body = JSON.stringify({ token: "verification_token", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });
    const response = await bed.send({ body, contentType: "application/json" }, sign(body));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("acknowledges a command before its slow work is done", async () => {
    // Slack waits 3 seconds at most; the reply to Slack must not wait for the Web API.
    const started = Date.now();
    const slow = bed.slack.delay("chat.postEphemeral", 800);
    const response = await fetch(bed.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...sign("command=%2Fcasecheck&text=help&user_id=U1&channel_id=C1") },
      body: "command=%2Fcasecheck&text=help&user_id=U1&channel_id=C1",
    });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(500);
    await bed.app.idle();
    await slow;
    expect(bed.slack.ephemerals("U1").at(-1)!.text).toMatch(/^\/casecheck help\n/);
  });
});
