import { loadConfig, modelSettings } from "../../config.ts";
import { createModelClient } from "../../llm/client.ts";
import { createModelParser } from "../../llm/parse-query.ts";
import { askQuestion } from "../../service/ask.ts";
import { loadInspection } from "../../service/inspections.ts";
import type { Store } from "../../store/store.ts";
import type { CliIo } from "../io.ts";

/** Questions about the figures in the shell, through the same service as Slack and `ask`. */
export function shellAsk(io: CliIo): (store: Store, inspection: string, question: string) => Promise<string> {
  const settings = modelSettings(loadConfig(io.env));
  const model = settings ? createModelParser(createModelClient(settings)) : undefined;
  return async (store, inspection, question) => {
    const loaded = await loadInspection(store, inspection);
    if (!loaded.ok) return loaded.error.message;
    return (await askQuestion({ framework: loaded.framework, cases: loaded.scored, question, model })).text;
  };
}
