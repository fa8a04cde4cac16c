import { createServer, type Server } from "node:http";
import { text as readBody } from "node:stream/consumers";
import type { AddressInfo } from "node:net";

/** A lean stand-in for Slack's Web API for benchmarks. test/support/fake-slack.ts keeps every
 * call and message in arrays and finds messages by scanning them, which grows with a long run
 * and would add to the latency measured; this one keeps nothing, answers every method the app
 * uses with a success, and hands each call to `onCall` as it arrives. */
/** The parts of a Block Kit message the load generator reads. */
export interface SlackElement {
  type: string;
  action_id?: string;
  value?: string;
  text?: unknown;
  options?: Array<{ value: string; text?: unknown }>;
}
export interface SlackBlock {
  type: string;
  block_id?: string;
  text?: unknown;
  elements?: SlackElement[];
}

/** A Web API call's arguments (nested `blocks` parsed). */
export interface SlackArgs {
  channel?: string;
  ts?: string;
  thread_ts?: string;
  text?: string;
  blocks?: SlackBlock[];
  [name: string]: unknown;
}

export type SlackCallListener = (method: string, args: SlackArgs, at: number) => void;

export class BenchSlack {
  url = "";
  readonly counts = new Map<string, number>();
  private server?: Server;
  private ts = 1_700_000_000_000;

  constructor(private readonly onCall: SlackCallListener = () => {}) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void readBody(req).then((text) => {
        const at = performance.now();
        const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0]!;
        const args = parseBody(req.headers["content-type"], text);
        this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
        const body = this.answer(method, args);
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
        this.onCall(method, { ...args, ...(method === "chat.postMessage" ? { ts: (body as { ts: string }).ts } : {}) }, at);
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private answer(method: string, args: SlackArgs): unknown {
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://bench.slack.com/", team: "Bench", user: "casecheck", user_id: "U0BOT", bot_id: "B0BOT", team_id: "T111" };
      case "chat.postMessage": {
        const ts = `${Math.floor(++this.ts / 1_000_000)}.${String(this.ts % 1_000_000).padStart(6, "0")}`;
        return { ok: true, channel: args.channel, ts, message: { type: "message", bot_id: "B0BOT", text: args.text, ts } };
      }
      case "chat.update":
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case "chat.postEphemeral":
        return { ok: true, message_ts: "1.000001" };
      default:
        return { ok: true };
    }
  }
}

/** The Web API client sends form bodies with nested values (blocks) as JSON strings. */
function parseBody(contentType: string | undefined, text: string): SlackArgs {
  if (contentType?.includes("application/json")) return text ? (JSON.parse(text) as SlackArgs) : {};
  const out: SlackArgs = {};
  for (const [key, value] of new URLSearchParams(text)) out[key] = key === "blocks" ? JSON.parse(value) : value;
  return out;
}
