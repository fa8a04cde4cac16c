import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A real Redis server for the tests: REDIS_URL when set (CI may start one), otherwise a
 * private redis-server on a free port, started here and stopped when the tests end. With
 * `dir`, it keeps its data there (append-only, synced on every write), so a server killed
 * and started again on the same port and folder has everything, as a production one would. */
export async function startRedis(
  options: { private?: boolean; port?: number; dir?: string } = {},
): Promise<{ url: string; port: number; stop: () => Promise<void> }> {
  if (process.env.REDIS_URL && !options.private) return { url: process.env.REDIS_URL, port: Number(new URL(process.env.REDIS_URL).port), stop: async () => {} };
  if (spawnSync("redis-server", ["--version"]).status !== 0)
    throw new Error("redis-server is not installed: run `apt-get install -y redis-server` (the CI script does), or set REDIS_URL");
  const port = options.port ?? (await freePort());
  const persistence = options.dir ? ["--dir", options.dir, "--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"];
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", ...persistence], { stdio: "ignore" });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await reachable(port))
      return {
        url,
        port,
        stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGKILL")))),
      };
    await sleep(50);
  }
  child.kill("SIGKILL");
  throw new Error(`redis-server did not start on port ${port}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function reachable(port: number): Promise<boolean> {
  const { connect } = await import("node:net");
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}
