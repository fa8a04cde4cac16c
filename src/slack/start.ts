import pino, { type Logger } from "pino";
import { modelSettings, slackMode, type Config } from "../config.ts";
import { createModelClient } from "../llm/client.ts";
import { createModelParser, type ModelParser } from "../llm/parse-query.ts";
import type { Store } from "../store/store.ts";
import { createSlackApp, type SlackApp } from "./app.ts";

export interface StartSlack {
  config: Config;
  store: Store;
  logger?: Logger;
  /** By default, the model the environment configures (OPENAI_API_KEY, LLM), if any. */
  model?: ModelParser;
}

/** What `casecheck run` calls: starts the app, and on SIGTERM/SIGINT lets handlers in flight
 * finish, stops, and closes the store. */
export async function startSlack({ config, store, logger = pino({ level: config.LOG_LEVEL }), model = defaultModel(config) }: StartSlack): Promise<SlackApp> {
  const slack = createSlackApp({ config, store, logger, model });
  const port = await slack.start();
  const mode = slackMode(config);
  logger.info(
    { mode, port },
    mode === "socket" ? "casecheck is connected to Slack (Socket Mode)" : `casecheck listens for Slack on port ${port} at /slack/events`,
  );
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "stopping");
    try {
      await slack.stop();
      await store.close();
    } finally {
      process.exit(0);
    }
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  return slack;
}

function defaultModel(config: Config): ModelParser | undefined {
  const settings = modelSettings(config);
  return settings ? createModelParser(createModelClient(settings)) : undefined;
}
