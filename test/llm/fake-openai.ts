import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake model does with one request: reply with content, an HTTP error, or wait. */
export type FakeReply = { content: string } | { status: number; body?: unknown } | { delayMs: number; content: string };

export interface FakeOpenAI {
  baseURL: string;
  /** Every request body received, parsed. */
  requests: Array<Record<string, unknown>>;
  reply: (next: (body: Record<string, unknown>) => FakeReply) => void;
  close: () => Promise<void>;
}

function completion(content: string) {
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 0,
    model: "fake-model",
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

/** A local OpenAI-compatible server (chat completions only) on 127.0.0.1 and a random port. The
 * real `openai` client talks to it through `baseURL`; it records what it was sent. */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: Array<Record<string, unknown>> = [];
  let next: (body: Record<string, unknown>) => FakeReply = () => ({ status: 500 });
  const pending = new Set<NodeJS.Timeout>();
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw || "{}") as Record<string, unknown>;
    requests.push(body);
    const reply = next(body);
    const send = (status: number, payload: unknown) => {
      if (res.writableEnded || res.destroyed) return;
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
    };
    if ("delayMs" in reply) {
      const t = setTimeout(() => (pending.delete(t), send(200, completion(reply.content))), reply.delayMs);
      pending.add(t);
    } else if ("status" in reply) send(reply.status, reply.body ?? { error: { message: `fake error ${reply.status}`, type: "server_error" } });
    else send(200, completion(reply.content));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    reply: (fn) => (next = fn),
    close: () => {
      pending.forEach(clearTimeout);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
