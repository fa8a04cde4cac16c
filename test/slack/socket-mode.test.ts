import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { loadConfig } from "../../src/config.ts";
import { createSlackApp } from "../../src/slack/app.ts";
import { openStore } from "../../src/store/open-store.ts";
import { FakeSlack } from "../support/fake-slack.ts";

/** Socket Mode against a local stand-in for Slack: apps.connections.open must go to
 * SLACK_API_URL (GovSlack's, here the fake's), and the app must connect to the WebSocket URL
 * it answers with. */
let slack: FakeSlack;
let http: Server;
let sockets: WebSocketServer;
const connected: Array<{ url: string; socket: WebSocket }> = [];

beforeAll(async () => {
  slack = await new FakeSlack().start();
  http = createServer();
  sockets = new WebSocketServer({ server: http });
  sockets.on("connection", (socket, request) => {
    connected.push({ url: request.url ?? "", socket });
    // Slack says hello first; the client counts itself connected on it.
    socket.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "local" }, connection_info: { app_id: "A111" } }));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  slack.socketUrl = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/link/?ticket=local`;
});
afterAll(async () => {
  for (const socket of sockets?.clients ?? []) socket.terminate();
  await new Promise<void>((resolve) => sockets?.close(() => resolve()) ?? resolve());
  await new Promise<void>((resolve) => http?.close(() => resolve()) ?? resolve());
  await slack?.stop();
});

describe("Socket Mode", () => {
  it("opens its connection through SLACK_API_URL and connects to the WebSocket URL Slack gives", async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_APP_TOKEN: "xapp-1-test",
      SLACK_API_URL: slack.url,
      STORE_URL: "memory://",
      LOG_LEVEL: "silent",
    });
    const store = await openStore("memory://");
    const app = createSlackApp({ config, store, logger: pino({ level: "silent" }), ticker: false });
    const started = app.start();
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("Socket Mode did not connect through SLACK_API_URL")), 10_000).unref());
    await Promise.race([started, timeout]);
    try {
      expect(slack.callsTo("apps.connections.open")).toHaveLength(1);
      expect(connected.map((c) => c.url)).toEqual(["/link/?ticket=local"]);
    } finally {
      await app.stop();
      await store.close();
    }
  });
});
