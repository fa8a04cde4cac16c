import type { IncomingMessage, ServerResponse } from "node:http";
import type { HTTPReceiver } from "@slack/bolt";
import type { Logger } from "pino";
import type { Store } from "../store/store.ts";

/** Slack's rule: a request timestamp more than five minutes from now, either way, is refused. */
const MAX_SKEW_MS = 5 * 60_000;

/** For operators in HTTP mode: `GET /healthz` answers while the process runs, `GET /readyz`
 * only while the store answers and the app is not stopping (a load balancer stops sending). */
export function healthRoutes(store: Store, stopping: () => boolean) {
  const reply = (res: ServerResponse, status: number, body: object) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  return [
    { path: "/healthz", method: "GET", handler: (_req: IncomingMessage, res: ServerResponse) => reply(res, 200, { ok: true }) },
    {
      path: "/readyz",
      method: "GET",
      handler: (_req: IncomingMessage, res: ServerResponse) => {
        if (stopping()) return reply(res, 503, { ok: false, reason: "stopping" });
        store.getValue("readyz").then(
          () => reply(res, 200, { ok: true }),
          () => reply(res, 503, { ok: false, reason: "the store does not answer" }),
        );
      },
    },
  ];
}

/** Bolt checks that a request is not older than five minutes, but accepts one stamped in the
 * future, so a captured request could be replayed for as long as its stamp is ahead. This
 * refuses those (401) before Bolt reads them. */
export function refuseFutureRequests(receiver: HTTPReceiver, logger: Logger, now: () => number = Date.now): void {
  const listener = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const stamp = Number(req.headers["x-slack-request-timestamp"]);
    if (req.method === "POST" && Number.isFinite(stamp) && stamp * 1000 > now() + MAX_SKEW_MS) {
      logger.warn({ stamp }, "refused a Slack request stamped more than five minutes ahead");
      res.writeHead(401).end();
      return;
    }
    return listener(req, res);
  };
}
