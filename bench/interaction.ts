import { join } from "node:path";
import pino from "pino";
import { loadConfig } from "../src/config.ts";
import { createSlackApp } from "../src/slack/app.ts";
import { DEFAULT_FRAMEWORK, findFramework } from "../src/frameworks/index.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store } from "../src/store/store.ts";
import { createBareApp } from "./bare-app.ts";
import type { Mode, RunRequest, RunResult } from "./load.ts";
import { LoadProcess } from "./load-process.ts";
import { fmt, percentile } from "./measure.ts";
import type { PartResult, Row } from "./report.ts";

const framework = findFramework(DEFAULT_FRAMEWORK)!;

/** Interaction overhead: a button click recording an answer in the real Bolt app (createSlackApp,
 * HTTP receiver, Web API on a fake Slack), against a bare Bolt app on the same receiver path
 * whose handler only acks (and one that acks, then posts one message: the floor of a reply).
 * The load generator is bench/load.ts in a child process. */

const SECRET = "bench-signing-secret";
const WARMUP = 300;
/** Each line is measured in rounds, the variants taking turns, so a busy spell on a shared
 * machine falls on all of them; each round starts a fresh app and warms it up. */
const ROUNDS = 2;
const SAMPLES = 1_000;
const INSPECTION = "bench-interaction";

/** How the users click. One user pauses a moment after the thread has moved on (a person takes
 * seconds), so a click does not land on the tail of the last click's work; that is the figure
 * the targets are held to, and the same user without the pause is reported beside it. Fifty
 * users click again at once: a saturation test, as autocannon -c 50 would be. */
interface Load {
  label: string;
  users: number;
  pauseMs: number;
  /** Whether the targets are checked on it (the other is reported only). */
  targets: boolean;
}
const LOADS: Load[] = [
  { label: "1 user", users: 1, pauseMs: 2, targets: true },
  { label: "1 user, no pause", users: 1, pauseMs: 0, targets: false },
  { label: "50 users", users: 50, pauseMs: 0, targets: true },
];

type Variant = { name: string; mode: Mode; store?: "memory" | "sqlite" };
const VARIANTS: Variant[] = [
  { name: "bare (ack only)", mode: "bare" },
  { name: "bare (ack, then 1 post)", mode: "post" },
  { name: "casecheck, memory store", mode: "ours", store: "memory" },
  { name: "casecheck, SQLite store", mode: "ours", store: "sqlite" },
];

interface Measured {
  variant: Variant;
  load: Load;
  result: RunResult;
  recorded?: number;
  logged: string[];
  /** Store calls by method over the whole run (warm-up and case starts included). */
  storeCalls?: Record<string, number>;
}

const people = (run: string, n: number) => Array.from({ length: n }, (_, i) => ({ user: `U${run}X${i}`, channel: `C${run}X${i}` }));

/** An inspection bound to every user's channel, each user an inspector. */
async function seed(store: Store, users: Array<{ user: string; channel: string }>): Promise<void> {
  if (!(await store.getInspection(INSPECTION)))
    await store.saveInspection({
      id: INSPECTION,
      name: "Interaction benchmark",
      framework: framework.id,
      createdAt: new Date().toISOString(),
      createdBy: "bench",
    });
  for (const { user, channel } of users) {
    await store.bindChannel(channel, INSPECTION);
    await store.setRole(INSPECTION, user, "inspector");
  }
}

async function measure(load: LoadProcess, tmp: string, variant: Variant, shape: Load, run: number): Promise<Measured> {
  const users = people(`R${run}`, shape.users);
  const request: RunRequest = {
    type: "run",
    mode: variant.mode,
    url: "",
    secret: SECRET,
    users,
    warmup: WARMUP,
    samples: SAMPLES,
    prefix: `R${run}C`,
    pauseMs: shape.pauseMs,
  };
  const logged: string[] = [];
  if (variant.mode !== "ours") {
    const bare = createBareApp({ token: "xoxb-bench", signingSecret: SECRET, apiUrl: load.slackUrl, post: variant.mode === "post" });
    const port = await bare.start();
    try {
      return { variant, load: shape, result: await load.run({ ...request, url: `http://127.0.0.1:${port}/slack/events` }), logged };
    } finally {
      await bare.stop();
    }
  }
  const url = variant.store === "sqlite" ? `sqlite://${join(tmp, `interaction-${run}.sqlite`)}` : "memory://";
  const store = counting(await openStore(url));
  await seed(store, users);
  store.calls.clear();
  const config = loadConfig({ SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: load.slackUrl, PORT: "0", STORE_URL: url });
  // Warnings and errors are kept: a benchmark of failing clicks would mean nothing.
  const logger = pino({ level: "warn" }, { write: (line: string) => void logged.push(line) });
  const slack = createSlackApp({ config, store, logger });
  const port = await slack.start();
  try {
    const result = await load.run({ ...request, url: `http://127.0.0.1:${port}/slack/events` });
    await slack.idle();
    const recorded = [...(await store.listAnswers(INSPECTION)).values()].reduce((n, answers) => n + Object.keys(answers).length, 0);
    return { variant, load: shape, result, recorded, logged, storeCalls: Object.fromEntries(store.calls) };
  } finally {
    await slack.stop();
    await store.close();
  }
}

/** The store, counting calls by method: how many store round trips a click costs. */
function counting(store: Store): Store & { calls: Map<string, number> } {
  const calls = new Map<string, number>();
  return new Proxy(store, {
    get(target, name, receiver) {
      if (name === "calls") return calls;
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.set(String(name), (calls.get(String(name)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  }) as Store & { calls: Map<string, number> };
}

/** A run that did not record every click, or told the user of an error, measured nothing. */
function check(m: Measured): Measured {
  if (m.recorded !== undefined && m.recorded !== m.result.clicks) throw new Error(`stored ${m.recorded} answers for ${m.result.clicks} clicks`);
  if ((m.result.calls["chat.postEphemeral"] ?? 0) > 0) throw new Error(`the app replied with errors (first warnings: ${m.logged.slice(0, 2).join(" ")})`);
  return m;
}

const sum = (xs: Array<number | undefined>) => xs.reduce<number>((n, x) => n + (x ?? 0), 0);
function addUp(records: Array<Record<string, number> | undefined>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) for (const [k, v] of Object.entries(r ?? {})) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** The rounds of one variant as one line: samples pooled, counts added. */
function merge(parts: Measured[]): Measured {
  const { variant, load } = parts[0]!;
  const results = parts.map((p) => p.result);
  return {
    variant,
    load,
    result: {
      ack: results.flatMap((r) => r.ack),
      done: results.flatMap((r) => r.done),
      elapsedMs: sum(results.map((r) => r.elapsedMs)),
      clicks: sum(results.map((r) => r.clicks)),
      casesStarted: sum(results.map((r) => r.casesStarted)),
      calls: addUp(results.map((r) => r.calls)),
      resent: sum(results.map((r) => r.resent)),
    },
    recorded: parts[0]!.recorded === undefined ? undefined : sum(parts.map((p) => p.recorded)),
    logged: parts.flatMap((p) => p.logged),
    storeCalls: parts[0]!.storeCalls && addUp(parts.map((p) => p.storeCalls)),
  };
}

const stats = (xs: number[]) => ({ p50: percentile(xs, 50), p99: percentile(xs, 99) });

export async function benchInteraction(tmp: string): Promise<PartResult> {
  const load = await LoadProcess.start();
  const all: Measured[] = [];
  try {
    let run = 0;
    for (const shape of LOADS) {
      const rounds = new Map<Variant, Measured[]>(VARIANTS.map((v) => [v, []]));
      for (let round = 0; round < ROUNDS; round++)
        for (const variant of VARIANTS) {
          try {
            rounds.get(variant)!.push(check(await measure(load, tmp, variant, shape, ++run)));
          } catch (error) {
            throw new Error(`interaction benchmark, ${variant.name}, ${shape.label}: ${(error as Error).message}`, { cause: error });
          }
        }
      for (const parts of rounds.values()) all.push(merge(parts));
    }
  } finally {
    await load.stop();
  }
  const raw = [
    `- per line: ${ROUNDS} rounds (the four apps taking turns), each a fresh app, ${WARMUP} warm-up clicks and ${fmt(SAMPLES)} measured: ${fmt(ROUNDS * SAMPLES)} samples; load generator and fake Web API in a separate process (bench/load.ts), keep-alive HTTP, signed requests`,
    "- ack = click to HTTP response (Bolt responds when the listener acks); done = click to the work finished: for casecheck the case's root message updated (answer stored, question message closed, next question posted, root updated), for the bare+post app its one message posted",
    "- each casecheck click answers the live question of a real case thread with one of its own buttons (a multi question: one box ticked, then Save), so every click records an answer; the store is counted after each round",
    "- 50 users click again as soon as their thread moves on, so latency there is about users ÷ throughput (Little's law): the 50-user lines measure throughput; clicks/s for 1 user includes its 2 ms pause",
    "",
    "| app | load | ack p50 ms | ack p99 ms | done p50 ms | done p99 ms | clicks/s | answers stored | Web API calls | warnings logged | resent |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|",
  ];
  for (const m of all) {
    const a = stats(m.result.ack);
    const d = stats(m.result.done);
    const calls = Object.entries(m.result.calls)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    raw.push(
      `| ${m.variant.name} | ${m.load.label} | ${fmt(a.p50)} | ${fmt(a.p99)} | ${fmt(d.p50)} | ${fmt(d.p99)} | ${fmt((m.result.ack.length / m.result.elapsedMs) * 1000)} | ${m.recorded === undefined ? "—" : `${m.recorded} of ${m.result.clicks} clicks`} | ${calls} | ${m.variant.mode === "ours" ? m.logged.length : "—"} | ${m.result.resent} |`,
    );
  }
  const counted = all.find((m) => m.storeCalls && m.load.users === 1);
  if (counted) {
    const calls = Object.entries(counted.storeCalls!).sort(([, a], [, b]) => b - a);
    const total = calls.reduce((n, [, c]) => n + c, 0);
    raw.push(
      "",
      `- store calls per click (1 user, ${counted.result.clicks} clicks and ${counted.result.casesStarted} case starts): ${fmt(total / counted.result.clicks)} — ${calls.map(([k, c]) => `${k} ${fmt(c / counted.result.clicks)}`).join(", ")}`,
    );
  }
  const logged = all.flatMap((m) => m.logged).slice(0, 3);
  if (logged.length) raw.push("", "First warnings logged:", ...logged.map((l) => `    ${l.trim()}`));

  const rows: Row[] = [];
  for (const shape of LOADS) {
    const find = (mode: Mode, store?: string) => all.find((m) => m.load === shape && m.variant.mode === mode && m.variant.store === store)!;
    const bare = stats(find("bare").result.ack);
    const floor = stats(find("post").result.done);
    if (!shape.targets) {
      raw.push(
        "",
        `- ${shape.label}: ack p50 ${["memory", "sqlite"].map((s) => `${s} ${fmt(stats(find("ours", s).result.ack).p50)} ms (${fmt(stats(find("ours", s).result.ack).p50 / bare.p50)}× bare)`).join(", ")}; here the next click arrives while the app is still finishing the last one (taking the answered question's reply from Slack), which the bare app never has`,
      );
      continue;
    }
    for (const store of ["memory", "sqlite"] as const) {
      const ours = find("ours", store);
      const ack = stats(ours.result.ack);
      const done = stats(ours.result.done);
      const who = `${shape.label}, ${store}`;
      rows.push({
        figure: `click ack p50, ${who} (vs bare ack)`,
        ours: ack.p50,
        baseline: bare.p50,
        unit: "ms",
        target: "≤ 1.25×",
        holds: ack.p50 <= 1.25 * bare.p50,
      });
      rows.push({ figure: `click ack p99, ${who} (vs bare ack)`, ours: ack.p99, baseline: bare.p99, unit: "ms", target: "< 50 ms", holds: ack.p99 < 50 });
      rows.push({ figure: `click done p50, ${who} (vs bare ack + 1 post)`, ours: done.p50, baseline: floor.p50, unit: "ms", target: "— (reported)" });
      rows.push({
        figure: `click done p99, ${who} (vs bare ack + 1 post)`,
        ours: done.p99,
        baseline: floor.p99,
        unit: "ms",
        target: "< 50 ms",
        holds: done.p99 < 50,
      });
    }
  }
  return { part: "interaction", raw, rows };
}
