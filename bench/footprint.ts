import { spawn, fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AuditEntry } from "../src/core/records.ts";
import { DEFAULT_FRAMEWORK, findFramework } from "../src/frameworks/index.ts";
import { openStore } from "../src/store/open-store.ts";
import { BenchSlack } from "./fake-slack.ts";
import { generateInspections } from "./generate.ts";
import { fmt, median } from "./measure.ts";
import type { PartResult } from "./report.ts";

const framework = findFramework(DEFAULT_FRAMEWORK)!;

/** Footprint: resident memory with the app started and with 100 inspections loaded, against a
 * bare Bolt app; time from spawning `node bin/casecheck.js run` to its HTTP port answering,
 * against the bare app; and the CLI's `inspections` over 100 inspections against `help`. */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const INSPECTIONS = 100;
const STARTS = 3;
const MB = 1024 * 1024;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once anything answers on the port (Bolt answers an unsigned POST with 401). */
async function answering(port: number, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the process exited (${child.exitCode}) before its port answered`);
    try {
      await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body: "{}" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

const vmRss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN) * 1024;

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Milliseconds from spawn to the port answering, and the RSS once it has settled. */
async function startOnce(command: string[], env: Record<string, string>): Promise<{ ms: number; rss: number }> {
  const port = await freePort();
  const start = performance.now();
  const child = spawn(process.execPath, command, { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"] });
  try {
    await answering(port, child);
    const ms = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { ms, rss: vmRss(child.pid!) };
  } finally {
    await stop(child);
  }
}

async function timeCli(args: string[], env: Record<string, string>): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, ["bin/casecheck.js", ...args], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  const code = await new Promise((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`casecheck ${args.join(" ")} exited ${code}`);
  return performance.now() - start;
}

/** Runs the app in a child process that reports its own process.memoryUsage().rss. */
async function childRss(env: Record<string, string>): Promise<{ idle: number; loaded: number }> {
  const child = fork(fileURLToPath(import.meta.url), [], { cwd: ROOT, env: { ...env, FOOTPRINT_CHILD: "1" }, execArgv: ["--import", "tsx"] });
  const report = await new Promise<{ idle: number; loaded: number }>((resolve, reject) => {
    child.once("message", (m) => resolve(m as { idle: number; loaded: number }));
    child.once("exit", (code) => reject(new Error(`footprint child exited ${code}`)));
  });
  await stop(child);
  return report;
}

async function seedStore(url: string): Promise<number> {
  const store = await openStore(url);
  let answers = 0;
  for (const { inspection, cases } of generateInspections(framework, INSPECTIONS, 20, 4)) {
    await store.saveInspection(inspection);
    for (const c of cases) {
      await store.saveCase({
        inspection: inspection.id,
        ref: c.ref,
        manager: c.manager,
        createdAt: inspection.createdAt,
        createdBy: "bench",
        skipped: [],
        paused: false,
      });
      const list = Object.values(c.answers);
      const audit: AuditEntry[] = list.map((a) => ({
        inspection: inspection.id,
        case: c.ref,
        question: a.question,
        action: "import",
        before: null,
        after: a.value,
        by: a.by,
        at: a.at,
      }));
      await store.saveAnswers(inspection.id, c.ref, list, audit);
      answers += list.length;
    }
  }
  await store.close();
  return answers;
}

export async function benchFootprint(tmp: string): Promise<PartResult> {
  const storeUrl = `sqlite://${join(tmp, "footprint.sqlite")}`;
  const answers = await seedStore(storeUrl);
  const slack = await new BenchSlack().start();
  const env = {
    PATH: process.env.PATH ?? "",
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: "bench-secret",
    SLACK_API_URL: slack.url,
    STORE_URL: storeUrl,
    LOG_LEVEL: "silent",
  };
  try {
    const ours = ["bin/casecheck.js", "run"];
    const bare = ["--import", "tsx", "bench/bare-app.ts"];
    const bareEnv = { ...env, BARE_APP: "1" };
    // One untimed start each, so tsx's transform cache is warm for both.
    await startOnce(ours, env);
    await startOnce(bare, bareEnv);
    const oursStarts: Array<{ ms: number; rss: number }> = [];
    const bareStarts: Array<{ ms: number; rss: number }> = [];
    for (let i = 0; i < STARTS; i++) {
      oursStarts.push(await startOnce(ours, env));
      bareStarts.push(await startOnce(bare, bareEnv));
    }
    const memory = await childRss(env);
    const bareRss = median(bareStarts.map((s) => s.rss));
    await timeCli(["help"], env);
    const cli: number[] = [];
    const help: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      cli.push(await timeCli(["inspections"], env));
      help.push(await timeCli(["help"], env));
    }
    const startMs = median(oursStarts.map((s) => s.ms));
    const bareMs = median(bareStarts.map((s) => s.ms));
    return {
      part: "footprint",
      raw: [
        `- store: SQLite file with ${INSPECTIONS} generated inspections (${INSPECTIONS * 20} cases, ${fmt(answers)} answers and as many audit entries)`,
        `- \`node bin/casecheck.js run\` (HTTP mode, fake Web API) to port answering: ${oursStarts.map((s) => fmt(s.ms)).join(", ")} ms; RSS once settled ${oursStarts.map((s) => fmt(s.rss / MB)).join(", ")} MB`,
        `- bare Bolt app (\`node --import tsx bench/bare-app.ts\`) to port answering: ${bareStarts.map((s) => fmt(s.ms)).join(", ")} ms; RSS ${bareStarts.map((s) => fmt(s.rss / MB)).join(", ")} MB`,
        `- in a child process reporting process.memoryUsage().rss after a full GC: createSlackApp started ${fmt(memory.idle / MB)} MB; after loadInspection + summarise of all ${INSPECTIONS} inspections, held in memory, ${fmt(memory.loaded / MB)} MB`,
        `- \`casecheck inspections\` over ${INSPECTIONS} inspections: ${cli.map(fmt).join(", ")} ms; \`casecheck help\`: ${help.map(fmt).join(", ")} ms`,
      ],
      rows: [
        {
          figure: "RSS idle, `casecheck run` started (vs bare Bolt app)",
          ours: median(oursStarts.map((s) => s.rss)) / MB,
          baseline: bareRss / MB,
          unit: "MB",
          target: "— (reported)",
        },
        {
          figure: `RSS with ${INSPECTIONS} inspections loaded (vs the same process before)`,
          ours: memory.loaded / MB,
          baseline: memory.idle / MB,
          unit: "MB",
          target: "— (reported)",
        },
        { figure: "start-up to HTTP port answering (vs bare Bolt app)", ours: startMs, baseline: bareMs, unit: "ms", target: "— (reported)" },
        {
          figure: `CLI \`inspections\` over ${INSPECTIONS} inspections (vs \`help\`)`,
          ours: median(cli),
          baseline: median(help),
          unit: "ms",
          target: "— (reported)",
        },
      ],
    };
  } finally {
    await slack.stop();
  }
}

/** The child: starts the real app as `run` does, reports RSS, loads every inspection, reports again. */
async function child(): Promise<void> {
  const [{ default: pino }, { loadConfig }, { createSlackApp }, { loadInspection }, { summarise }, { collectGarbage }] = await Promise.all([
    import("pino"),
    import("../src/config.ts"),
    import("../src/slack/app.ts"),
    import("../src/service/inspections.ts"),
    import("../src/core/summary/summary.ts"),
    import("./measure.ts"),
  ]);
  const config = loadConfig({ ...process.env, PORT: "0" });
  const store = await openStore(config.STORE_URL);
  const slack = createSlackApp({ config, store, logger: pino({ level: "silent" }) });
  await slack.start();
  collectGarbage();
  const idle = process.memoryUsage().rss;
  const held = [];
  for (const inspection of await store.listInspections()) {
    const loaded = await loadInspection(store, inspection.id);
    if (loaded.ok) held.push({ loaded, summary: summarise(loaded.framework, loaded.inspection, loaded.scored) });
  }
  if (held.length !== INSPECTIONS) throw new Error(`loaded ${held.length} inspections, expected ${INSPECTIONS}`);
  collectGarbage();
  process.send!({ idle, loaded: process.memoryUsage().rss });
  process.once("SIGTERM", () => void slack.stop().then(() => process.exit(held.length ? 0 : 1)));
}

if (process.env.FOOTPRINT_CHILD) await child();
