import { loadConfig, modelSettings } from "../../config.ts";
import type { Query } from "../../core/query/query.ts";
import { createModelClient } from "../../llm/client.ts";
import { createModelParser } from "../../llm/parse-query.ts";
import { askQuestion, answerQuery, choicesOf } from "../../service/ask.ts";
import { loadInspection } from "../../service/inspections.ts";
import type { Store } from "../../store/store.ts";
import type { CliIo } from "../io.ts";

/** Questions about the figures in the shell, through the same service as Slack and `ask`. An
 * unsure answer ends with numbered choices; `choose` answers the one whose number is typed. */
export function shellAsk(io: CliIo) {
  const settings = modelSettings(loadConfig(io.env));
  const model = settings ? createModelParser(createModelClient(settings)) : undefined;
  let offered: { inspection: string; queries: Query[] } | undefined;
  return {
    async ask(store: Store, inspection: string, question: string): Promise<string> {
      offered = undefined;
      const loaded = await loadInspection(store, inspection);
      if (!loaded.ok) return loaded.error.message;
      const result = await askQuestion({ framework: loaded.framework, cases: loaded.scored, question, model });
      const choices = choicesOf(result);
      if (!choices.length) return result.text;
      offered = { inspection, queries: choices.map((c) => c.query) };
      return [result.text, "Choices (type the number to see that figure instead):", ...choices.map((c, i) => `  [${i + 1}] ${c.suggestion.label}`)].join("\n");
    },
    /** The answer for choice `n` of the last unsure answer, or undefined when there is no such choice. */
    async choose(store: Store, inspection: string, n: number): Promise<string | undefined> {
      const query = offered?.inspection === inspection ? offered.queries[n - 1] : undefined;
      if (!query) return undefined;
      const loaded = await loadInspection(store, inspection);
      if (!loaded.ok) return loaded.error.message;
      return answerQuery(loaded.framework, loaded.scored, query).text;
    },
  };
}
