import { App, HTTPReceiver, LogLevel } from "@slack/bolt";

/** The baseline Slack app: Bolt with the same HTTP receiver and path as casecheck, whose only
 * listener acknowledges every block action (and, with `post`, then posts one message, the floor
 * of "record and reply" in shared/BENCHMARKS.md). */
export interface BareOptions {
  token: string;
  signingSecret: string;
  apiUrl: string;
  port?: number;
  post?: boolean;
}

export function createBareApp({ token, signingSecret, apiUrl, port = 0, post = false }: BareOptions) {
  const receiver = new HTTPReceiver({ signingSecret, endpoints: "/slack/events", logLevel: LogLevel.ERROR });
  const app = new App({ token, receiver, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: apiUrl }, deferInitialization: true });
  app.action(/.*/, async ({ ack, body, client, action }) => {
    await ack();
    if (post && body.type === "block_actions")
      await client.chat.postMessage({
        channel: body.channel?.id ?? "",
        text: `recorded ${"value" in action ? action.value : ""}`,
        ...(body.message?.thread_ts ? { thread_ts: body.message.thread_ts } : {}),
      });
  });
  return {
    async start(): Promise<number> {
      await app.init();
      const server = (await app.start(port)) as { address(): { port: number } };
      return server.address().port;
    },
    stop: () => app.stop(),
  };
}

// Run as a process of its own (bench/footprint.ts): BARE_APP=1 node --import tsx bench/bare-app.ts
if (process.env.BARE_APP) {
  const bare = createBareApp({
    token: process.env.SLACK_BOT_TOKEN!,
    signingSecret: process.env.SLACK_SIGNING_SECRET!,
    apiUrl: process.env.SLACK_API_URL!,
    port: Number(process.env.PORT),
  });
  await bare.start();
  process.send?.({ rss: process.memoryUsage().rss });
  process.once("SIGTERM", () => void bare.stop().then(() => process.exit(0)));
}
