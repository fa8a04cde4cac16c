import { createHmac } from "node:crypto";
import { Agent, request } from "node:http";
import { BenchSlack } from "./fake-slack.ts";
import { blockActions, sampleQuestion, slashCommand, type Message } from "./payloads.ts";
import { seeded } from "./measure.ts";

/** The load generator, in a process of its own (shared/BENCHMARKS.md): virtual users click
 * through case threads over keep-alive HTTP, and the fake Slack Web API the app calls runs here
 * too, so "the click's work is done" (the case's root message updated) is timed on one clock.
 * Each user is a closed loop: click, wait until the thread has moved on, click the new
 * question's button (as a person would), and at the end of a case start the next one. */

export type Mode = "bare" | "post" | "ours";

export interface RunRequest {
  type: "run";
  mode: Mode;
  url: string;
  secret: string;
  /** One Slack user and channel per virtual user; ours: the channel is bound to the inspection. */
  users: Array<{ user: string; channel: string }>;
  warmup: number;
  samples: number;
  /** Prefix of case refs, unique per run. */
  prefix: string;
  /** A pause after each click's work is done, before the user's next click. */
  pauseMs: number;
}

export interface RunResult {
  /** Click to HTTP response (Bolt responds when the listener acks). */
  ack: number[];
  /** Click to the work being done: the root message updated (ours), the reply posted (post). */
  done: number[];
  /** Milliseconds over which the measured clicks ran. */
  elapsedMs: number;
  clicks: number;
  casesStarted: number;
  calls: Record<string, number>;
  /** Requests resent after a keep-alive socket was closed under them. */
  resent: number;
}

const TIMEOUT_MS = 15_000;

interface User {
  user: string;
  channel: string;
  root?: string;
  live?: Message;
  /** Resolves when the thread has moved on after a click (or a case start). */
  waiting?: { resolve: (at: number) => void; reject: (error: Error) => void };
}

const byChannel = new Map<string, User>();
const slack = new BenchSlack((method, args, at) => {
  const u = byChannel.get(String(args.channel));
  if (!u) return;
  if (method === "chat.postEphemeral") u.waiting?.reject(new Error(`the app replied with an error to ${u.user}: ${args.text}`));
  else if (method === "chat.postMessage" && !args.thread_ts && String(args.text).startsWith("Case ")) u.root = args.ts;
  else if (method === "chat.postMessage" && args.thread_ts && args.blocks?.some((b) => b.block_id === "answer" || b.block_id === "choices"))
    u.live = { channel: u.channel, ts: String(args.ts), thread_ts: args.thread_ts, blocks: args.blocks };
  else if (method === "chat.postMessage" && String(args.text).startsWith("recorded ")) u.waiting?.resolve(at);
  if (method === "chat.update" && args.ts === u.root) u.waiting?.resolve(at);
});

let agent = new Agent({ keepAlive: true });

/** Requests sent again because the server had just closed the idle keep-alive socket they went
 * out on (the race Node's documentation describes; the app never saw them). */
let resent = 0;

async function send(url: string, secret: string, body: string): Promise<number> {
  try {
    return await sendOnce(url, secret, body);
  } catch (error) {
    if (!(error as { reused?: boolean }).reused) throw error;
    resent++;
    return sendOnce(url, secret, body);
  }
}

function sendOnce(url: string, secret: string, body: string): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "POST",
      agent,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "content-length": Buffer.byteLength(body),
        "x-slack-request-timestamp": timestamp,
        "x-slack-signature": signature,
      },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => (res.statusCode === 200 ? resolve(performance.now()) : reject(new Error(`HTTP ${res.statusCode} from the app`))));
    });
    req.on("error", (error: NodeJS.ErrnoException) =>
      reject(Object.assign(error, { reused: req.reusedSocket && (error.code === "ECONNRESET" || error.message === "socket hang up") })),
    );
    req.end(body);
  });
}

function waitForTurn(u: User): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no reply in ${TIMEOUT_MS} ms for ${u.user} (live ${u.live?.ts})`)), TIMEOUT_MS);
    u.waiting = {
      resolve: (at) => (clearTimeout(timer), (u.waiting = undefined), resolve(at)),
      reject: (error) => (clearTimeout(timer), (u.waiting = undefined), reject(error)),
    };
  });
}

/** The click a person would make on the live question: one of its answer buttons, or for a
 * multi question one ticked option and Save. */
function chooseClick(u: User, rand: () => number): { action: Record<string, unknown>; state?: Record<string, unknown> } {
  const blocks = u.live!.blocks;
  const buttons = blocks.find((b) => b.block_id === "answer")?.elements;
  if (buttons?.length) {
    const b = buttons[Math.floor(rand() * buttons.length)]!;
    return { action: { action_id: b.action_id, block_id: "answer", value: b.value, text: b.text } };
  }
  const choices = blocks.find((b) => b.block_id === "choices");
  const boxes = choices?.elements?.find((e) => e.type === "checkboxes");
  const save = choices?.elements?.find((e) => e.type === "button");
  if (!boxes?.options || !boxes.action_id || !save) throw new Error("a question message with neither answer buttons nor checkboxes and Save");
  const option = boxes.options[Math.floor(rand() * boxes.options.length)];
  return {
    action: { action_id: save.action_id, block_id: "choices", value: save.value, text: save.text },
    state: { choices: { [boxes.action_id]: { type: "checkboxes", selected_options: [option] } } },
  };
}

async function run(req: RunRequest): Promise<RunResult> {
  agent.destroy();
  agent = new Agent({ keepAlive: true, maxSockets: req.users.length });
  byChannel.clear();
  slack.counts.clear();
  resent = 0;
  const result: RunResult = { ack: [], done: [], elapsedMs: 0, clicks: 0, casesStarted: 0, calls: {}, resent: 0 };
  const target = req.warmup + req.samples;
  let started = 0;
  let measuredFrom = 0;
  let cases = 0;
  const users = req.users.map((x) => ({ ...x }) as User);
  for (const u of users) byChannel.set(u.channel, u);

  const startCase = async (u: User) => {
    u.root = undefined;
    u.live = undefined;
    const turn = waitForTurn(u);
    await send(req.url, req.secret, slashCommand(u, `case ${req.prefix}${++cases}`));
    await turn;
    result.casesStarted++;
  };

  const loop = async (u: User, index: number) => {
    const rand = seeded(index + 1);
    if (req.mode === "ours") await startCase(u);
    for (let n = 0; started < target; n++) {
      const k = started++;
      if (k === req.warmup) measuredFrom = performance.now();
      const message = req.mode === "ours" ? u.live! : sampleQuestion(u, n);
      const { action, state } =
        req.mode === "ours"
          ? chooseClick(u, rand)
          : { action: { action_id: "answer:yes", block_id: "answer", value: message.blocks[3]?.elements?.[0]?.value }, state: undefined };
      const turn = req.mode === "bare" ? undefined : waitForTurn(u);
      const liveBefore = u.live?.ts;
      const t0 = performance.now();
      const acked = await send(req.url, req.secret, blockActions(u, message, action, state));
      const done = turn ? await turn : acked;
      result.clicks++;
      if (k >= req.warmup) {
        result.ack.push(acked - t0);
        result.done.push(done - t0);
      }
      if (req.pauseMs) await new Promise((resolve) => setTimeout(resolve, req.pauseMs));
      // The case is complete when the thread moved on without a new question.
      if (req.mode === "ours" && u.live?.ts === liveBefore && started < target) await startCase(u);
    }
  };
  await Promise.all(users.map((u, i) => loop(u, i)));
  result.elapsedMs = performance.now() - measuredFrom;
  result.calls = Object.fromEntries(slack.counts);
  result.resent = resent;
  return result;
}

await slack.start();
process.on("message", (message: RunRequest | { type: "exit" }) => {
  if (message.type === "exit") {
    agent.destroy();
    void slack.stop().then(() => process.exit(0));
    return;
  }
  run(message).then(
    (result) => process.send!({ type: "done", result }),
    (error: Error) => process.send!({ type: "error", message: error.stack ?? error.message }),
  );
});
process.send!({ type: "ready", slackUrl: slack.url });
