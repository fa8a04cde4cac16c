import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { Store } from "../store/store.ts";
import type { ModelParser } from "../llm/parse-query.ts";

/** What every listener works with: the store, the log, the optional language model and a clock
 * (passed in, so tests and the audit trail agree on time). */
export interface SlackDeps {
  store: Store;
  logger: Logger;
  model?: ModelParser;
  now: () => string;
}

/** A listener's view of the world: our dependencies plus Bolt's Web API client. */
export interface Ctx {
  deps: SlackDeps;
  client: webApi.WebClient;
}
