import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A local OpenAI-compatible server for benchmarks: it counts chat completions and answers each
 * with the same valid reading (rosh.review, no filters), at once. */
export class BenchModel {
  calls = 0;
  baseURL = "";
  private server?: Server;

  constructor(
    private readonly content = JSON.stringify({
      metric: "rosh.review",
      filters: { answers: { "profile.sentence": [], "profile.rosh_level": [] }, managers: [], cases: [] },
      groupBy: null,
      show: "figure",
    }),
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        this.calls++;
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            id: "chatcmpl-bench",
            object: "chat.completion",
            created: 0,
            model: "bench-model",
            choices: [{ index: 0, message: { role: "assistant", content: this.content, refusal: null }, finish_reason: "stop", logprobs: null }],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.baseURL = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
