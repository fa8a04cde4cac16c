import { createServer, type IncomingMessage, type Server } from "node:http";
import { buffer as readBody } from "node:stream/consumers";
import type { AddressInfo } from "node:net";

/** Slack's JSON as it travels (payloads, blocks, Web API arguments): tests read it loosely,
 * since its shape is exactly what they check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SlackJson = any;

/** One Web API call the app made: the method and its arguments, parsed. */
export interface SlackCall {
  method: string;
  args: Record<string, SlackJson>;
  /** What the fake answered (absent while failing). */
  response?: SlackJson;
}

/** A message as the fake workspace holds it (posted by the app, or updated since). */
export interface FakeMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  blocks?: SlackJson[];
  user?: string;
}

type Failure = { error?: string; status?: number; retryAfter?: number; times: number };

/** A file uploaded through files.uploadV2: its bytes as posted to the upload URL, and where
 * files.completeUploadExternal shared it. */
export interface FakeFile {
  id: string;
  filename: string;
  bytes: Buffer;
  title?: string;
  channel?: string;
  initial_comment?: string;
  /** What an image shows, for screen readers (files.getUploadURLExternal's alt_text). */
  alt_text?: string;
  thread_ts?: string;
  completed: boolean;
}

export const BOT = { user_id: "U0BOT", bot_id: "B0BOT", team_id: "T111" } as const;

/** A local stand-in for Slack's Web API (SLACK_API_URL points here). It answers the methods
 * casecheck uses with the shapes Slack documents, keeps the messages posted so tests can read
 * threads, records every call, and can be told to fail a method. */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly messages: FakeMessage[] = [];
  /** Uploaded files by id, in the order their upload URLs were asked for. */
  readonly uploads = new Map<string, FakeFile>();
  /** People's time zones, as their Slack profiles say (users.info's `tz`); unset = none given. */
  readonly zones = new Map<string, string>();
  /** What apps.connections.open answers: the WebSocket URL of a test's Socket Mode server. */
  socketUrl = "";
  private failures = new Map<string, Failure>();
  private delays = new Map<string, number>();
  private clock = 1_700_000_000;
  private views = 0;
  private server?: Server;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The next `times` calls of `method` fail: with `{ ok: false, error }`, or an HTTP status (429 with Retry-After). */
  fail(method: string, failure: Partial<Failure> = {}): void {
    this.failures.set(method, { times: 1, ...failure });
  }

  /** The next call of `method` is answered only after `ms`; resolves when it has been. */
  delay(method: string, ms: number): Promise<void> {
    this.delays.set(method, ms);
    return new Promise((resolve) => setTimeout(resolve, ms + 50));
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Ephemeral replies to one user, newest last. */
  ephemerals(user?: string): Array<{ text: string; channel: string; thread_ts?: string; blocks?: SlackJson[] }> {
    return this.callsTo("chat.postEphemeral")
      .map((c) => c.args as SlackJson)
      .filter((a) => !user || a.user === user);
  }

  /** The replies in a thread (excluding its root), oldest first. */
  thread(channel: string, ts: string): FakeMessage[] {
    return this.messages.filter((m) => m.channel === channel && m.thread_ts === ts && m.ts !== ts);
  }

  /** Files shared by files.completeUploadExternal, oldest first. */
  files(channel?: string): FakeFile[] {
    return [...this.uploads.values()].filter((f) => f.completed && (!channel || f.channel === channel));
  }

  message(channel: string, ts: string): FakeMessage | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts);
  }

  /** A response_url for a request, pointing here. */
  responseUrl(): string {
    return this.url.replace(/\/api\/$/, `/response/${this.nextTs()}`);
  }

  /** A message written by a person, as if typed in Slack (for conversations.replies). */
  nextTs(): string {
    this.clock += 1;
    return `${this.clock}.000100`;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    // Web API methods live under /api/; anything else is a response_url the app was given.
    const path = (req.url ?? "").split("?")[0]!;
    const raw = await readBody(req);
    // files.getUploadURLExternal hands out URLs on this server; the bytes are kept by file id.
    if (path.startsWith("/upload/")) {
      const file = this.uploads.get(path.slice("/upload/".length));
      this.calls.push({ method: "upload", args: { file_id: file?.id, length: raw.length } });
      if (!file) return { status: 404, body: { ok: false, error: "unknown_upload" } };
      file.bytes = await uploadedBytes(req.headers["content-type"], raw);
      return { status: 200, body: { ok: true } };
    }
    const method = path.startsWith("/api/") ? path.slice("/api/".length) : "response_url";
    const args = parseBody(req.headers["content-type"], raw.toString("utf8"));
    const call: SlackCall = { method, args };
    this.calls.push(call);
    const delay = this.delays.get(method);
    if (delay) {
      this.delays.delete(method);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    const failure = this.failures.get(method);
    if (failure) {
      if (--failure.times <= 0) this.failures.delete(method);
      if (failure.status)
        return { status: failure.status, body: { ok: false, error: "ratelimited" }, headers: { "retry-after": String(failure.retryAfter ?? 1) } };
      return { status: 200, body: { ok: false, error: failure.error ?? "internal_error" } };
    }
    call.response = this.answer(method, args);
    return { status: 200, body: call.response };
  }

  private answer(method: string, args: Record<string, SlackJson>): unknown {
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://casecheck-test.slack.com/", team: "Casecheck Test", user: "casecheck", ...BOT };
      case "chat.postMessage": {
        const message: FakeMessage = {
          channel: args.channel,
          ts: this.nextTs(),
          text: args.text,
          blocks: args.blocks,
          user: BOT.user_id,
          ...(args.thread_ts ? { thread_ts: args.thread_ts } : {}),
        };
        this.messages.push(message);
        return { ok: true, channel: args.channel, ts: message.ts, message: { type: "message", bot_id: BOT.bot_id, ...message } };
      }
      case "chat.update": {
        const message = this.message(args.channel, args.ts);
        if (!message) return { ok: false, error: "message_not_found" };
        Object.assign(message, { text: args.text, blocks: args.blocks });
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text, message: { text: args.text, user: BOT.user_id } };
      }
      case "chat.delete": {
        const at = this.messages.findIndex((m) => m.channel === args.channel && m.ts === args.ts);
        if (at < 0) return { ok: false, error: "message_not_found" };
        this.messages.splice(at, 1);
        return { ok: true, channel: args.channel, ts: args.ts };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.nextTs() };
      case "views.open":
      case "views.update":
      case "views.publish":
        return {
          ok: true,
          view: {
            id: `V${++this.views}`,
            team_id: BOT.team_id,
            hash: `${this.clock}.hash`,
            state: { values: {} },
            app_id: "A111",
            bot_id: BOT.bot_id,
            ...args.view,
          },
        };
      case "conversations.replies":
        return {
          ok: true,
          has_more: false,
          messages: this.messages.filter((m) => m.channel === args.channel && (m.ts === args.ts || m.thread_ts === args.ts)),
        };
      case "users.info":
        return {
          ok: true,
          user: {
            id: args.user,
            name: args.user.toLowerCase(),
            real_name: `Person ${args.user}`,
            is_bot: false,
            profile: { display_name: args.user.toLowerCase() },
            ...(this.zones.has(args.user) ? { tz: this.zones.get(args.user) } : {}),
          },
        };
      case "chat.getPermalink":
        return {
          ok: true,
          channel: args.channel,
          permalink: `https://casecheck-test.slack.com/archives/${args.channel}/p${String(args.message_ts).replace(".", "")}`,
        };
      case "response_url":
        return { ok: true };
      case "files.getUploadURLExternal": {
        const id = `F${String(this.uploads.size + 1).padStart(6, "0")}`;
        this.uploads.set(id, { id, filename: args.filename, bytes: Buffer.alloc(0), completed: false, ...(args.alt_text ? { alt_text: args.alt_text } : {}) });
        return { ok: true, upload_url: this.url.replace(/\/api\/$/, `/upload/${id}`), file_id: id };
      }
      case "files.completeUploadExternal": {
        const listed = (typeof args.files === "string" ? JSON.parse(args.files) : args.files) as Array<{ id: string; title?: string }>;
        const unknown = listed.find((f) => !this.uploads.has(f.id));
        if (unknown) return { ok: false, error: "file_not_found" };
        for (const f of listed)
          Object.assign(this.uploads.get(f.id)!, {
            completed: true,
            title: f.title,
            ...(args.channel_id ? { channel: args.channel_id } : {}),
            ...(args.initial_comment ? { initial_comment: args.initial_comment } : {}),
            ...(args.thread_ts ? { thread_ts: args.thread_ts } : {}),
          });
        return { ok: true, files: listed.map((f) => ({ id: f.id, title: f.title, name: this.uploads.get(f.id)!.filename })) };
      }
      case "apps.connections.open":
        return this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: "not_allowed_token_type" };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(args.users).replace(/^U/, "")}` } };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }
}

/** The Web API client posts a file as multipart form data (or, by other clients, as the bare bytes). */
async function uploadedBytes(contentType: string | undefined, raw: Buffer): Promise<Buffer> {
  if (!contentType?.startsWith("multipart/form-data")) return raw;
  const form = await new Response(new Uint8Array(raw), { headers: { "content-type": contentType } }).formData();
  const file = [...form.values()].find((v): v is File => typeof v !== "string");
  return file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
}

/** The Web API client sends form bodies with nested values (blocks, views) as JSON strings. */
function parseBody(contentType: string | undefined, text: string): Record<string, SlackJson> {
  if (contentType?.includes("application/json")) return text ? JSON.parse(text) : {};
  const out: Record<string, SlackJson> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    out[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
