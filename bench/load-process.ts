import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { RunRequest, RunResult } from "./load.ts";

/** bench/load.ts as a child process of its own, driven over IPC: one run at a time. */
export class LoadProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly slackUrl: string,
  ) {}

  static async start(): Promise<LoadProcess> {
    const child = fork(fileURLToPath(new URL("./load.ts", import.meta.url)), [], {
      execArgv: ["--import", "tsx"],
      cwd: fileURLToPath(new URL("..", import.meta.url)),
    });
    const ready = await new Promise<{ slackUrl: string }>((resolve, reject) => {
      child.once("message", (m) => resolve(m as { slackUrl: string }));
      child.once("exit", (code) => reject(new Error(`the load process exited (${code})`)));
    });
    return new LoadProcess(child, ready.slackUrl);
  }

  run(request: RunRequest): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the load process exited (${code}) during a run`));
      this.child.once("exit", exited);
      this.child.once("message", (m: { type: string; result?: RunResult; message?: string }) => {
        this.child.off("exit", exited);
        if (m.type === "done") resolve(m.result!);
        else reject(new Error(m.message));
      });
      this.child.send(request);
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.send({ type: "exit" });
    await exited;
  }
}
