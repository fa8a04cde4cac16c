import type { ModelParser } from "../llm/parse-query.ts";
import type { Store } from "../store/store.ts";
import type { Query } from "../core/query/query.ts";
import { answerQuery, askQuestion, type AskResult } from "./ask.ts";
import { inspectionInChannel } from "./channel.ts";
import { loadInspection } from "./inspections.ts";
import type { Result } from "./result.ts";

/** A question about the figures of the inspection a channel holds, from someone who may see
 * them: a mention and `/casecheck ask` both come here. */
export async function askInChannel(
  store: Store,
  input: { channel: string; user: string; question: string; model?: ModelParser },
): Promise<Result<{ answer: AskResult }>> {
  const here = await inspectionInChannel(store, input.channel, input.user, "read_figures");
  if (!here.ok) return here;
  const loaded = await loadInspection(store, here.inspection);
  if (!loaded.ok) return loaded;
  return { ok: true, answer: await askQuestion({ framework: loaded.framework, cases: loaded.scored, question: input.question, model: input.model }) };
}

/** A reading chosen from the choices offered under an unsure answer: answered again for whoever
 * clicked, who must be allowed to see the figures of the inspection the channel holds. */
export async function answerInChannel(store: Store, input: { channel: string; user: string; query: Query }): Promise<Result<{ answer: AskResult }>> {
  const here = await inspectionInChannel(store, input.channel, input.user, "read_figures");
  if (!here.ok) return here;
  const loaded = await loadInspection(store, here.inspection);
  if (!loaded.ok) return loaded;
  return { ok: true, answer: answerQuery(loaded.framework, loaded.scored, input.query) };
}
