import { App, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { Logger } from "pino";
import { ConfigError, slackMode, type Config } from "../config.ts";
import type { Store } from "../store/store.ts";
import type { ModelParser } from "../llm/parse-query.ts";
import { boltLogger } from "./bolt-logger.ts";
import { checkSlack, explainListen, explainSocket } from "./check-slack.ts";
import { healthRoutes, refuseFutureRequests } from "./http-routes.ts";
import { InFlightReceiver } from "./in-flight.ts";
import { registerActions } from "./listeners/actions/index.ts";
import { registerCommands } from "./listeners/commands/index.ts";
import { registerEvents } from "./listeners/events/index.ts";
import { registerShortcuts } from "./listeners/shortcuts/add-evidence.ts";
import { registerViews } from "./listeners/views/index.ts";
import { DEFAULT_DIGEST, type ScheduleDefaults } from "./schedule.ts";
import { unescapeIncoming } from "./slack-text.ts";
import { startTicker, tick } from "./ticker.ts";
import { wellFormed } from "./well-formed.ts";

export interface SlackAppOptions {
  config: Config;
  store: Store;
  logger: Logger;
  model?: ModelParser;
  now?: () => string;
  /** Run reminders and scheduled posts every five minutes (tests step them with `tick`). */
  ticker?: boolean;
}

/** The Bolt app: Socket Mode with an app token, HTTP on PORT (/slack/events) otherwise. The
 * Web API goes to SLACK_API_URL when set (GovSlack, or a test server). */
export function createSlackApp({ config, store, logger, model, now = () => new Date().toISOString(), ticker = true }: SlackAppOptions) {
  const mode = slackMode(config);
  if (!mode) throw new ConfigError("SLACK_BOT_TOKEN is not set: the Slack app needs the bot token (docs/slack-setup.md).");
  const log = boltLogger(logger);
  let stopping = false;
  const http =
    mode === "http"
      ? new HTTPReceiver({
          signingSecret: config.SLACK_SIGNING_SECRET!,
          endpoints: "/slack/events",
          logger: log,
          customRoutes: healthRoutes(store, () => stopping),
        })
      : undefined;
  if (http) refuseFutureRequests(http, logger);
  const inner =
    http ??
    // apps.connections.open goes through the receiver's own Web API client, which takes the
    // API URL only from installerOptions (Bolt 5.1): without it GovSlack could not connect.
    new SocketModeReceiver({ appToken: config.SLACK_APP_TOKEN!, logger: log, installerOptions: { clientOptions: { slackApiUrl: config.SLACK_API_URL } } });
  const receiver = new InFlightReceiver(inner, logger);
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    receiver,
    logger: log,
    clientOptions: { slackApiUrl: config.SLACK_API_URL },
    convoStore: false,
    deferInitialization: true, // auth.test runs in start(), where a bad token fails loudly
  });
  const deps = { store, logger, model, now };
  app.use(wellFormed(logger));
  app.use(unescapeIncoming());
  registerCommands(app, deps);
  registerActions(app, deps);
  registerEvents(app, deps);
  registerViews(app, deps);
  registerShortcuts(app, deps);
  app.error(async (error) => logger.error({ err: error }, "a Slack listener failed"));
  const timed: ScheduleDefaults = {
    zone: config.TZ_DEFAULT,
    digest: DEFAULT_DIGEST,
    ...(config.SUMMARY_POST_TIME ? { summary: { days: "daily", time: config.SUMMARY_POST_TIME } } : {}),
  };
  let unschedule = () => {};
  return {
    app,
    receiver: inner,
    /** Starts listening; for HTTP, returns the port (useful with PORT=0). */
    async start(): Promise<number | undefined> {
      await checkSlack({ token: config.SLACK_BOT_TOKEN!, apiUrl: config.SLACK_API_URL, logger: log });
      await app.init();
      const server = await app.start(config.PORT).catch((error: unknown) => {
        throw mode === "http" ? explainListen(error, config.PORT) : explainSocket(error);
      });
      if (ticker) unschedule = startTicker({ deps, client: app.client }, timed, now);
      const address = (server as { address?: () => unknown })?.address?.();
      return typeof address === "object" && address && "port" in address ? (address as { port: number }).port : undefined;
    },
    /** Stops taking requests (the HTTP server closes, /readyz says so), then lets the ones
     * being handled (an answer being stored) finish. The caller closes the store after. */
    async stop(): Promise<void> {
      stopping = true;
      unschedule();
      await app.stop();
      await receiver.idle();
    },
    idle: () => receiver.idle(),
    /** One round of reminders and scheduled posts at the app's clock's `now`. */
    tick: () => tick({ deps, client: app.client }, now(), timed),
  };
}

export type SlackApp = ReturnType<typeof createSlackApp>;
