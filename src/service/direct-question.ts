import { may } from "../core/access.ts";
import type { ModelParser } from "../llm/parse-query.ts";
import type { Store } from "../store/store.ts";
import { askQuestion } from "./ask.ts";
import { loadInspection } from "./inspections.ts";

export interface Readable {
  id: string;
  name: string;
}

/** A question about the figures from someone not in an inspection's channel (a DM): answered
 * for the one inspection they may read figures of; with several, they are asked which. */
export type DirectAnswer =
  { kind: "answer"; inspection: string; text: string } | { kind: "choose"; inspections: Readable[]; question: string } | { kind: "none"; text: string };

/** "in dorset-2016: how many …" names the inspection. */
const NAMED = /^\s*in\s+([a-z0-9][a-z0-9-]*)\s*[:,]\s*(.+)$/is;

/** The inspections whose figures `user` may read. */
export async function readableBy(store: Store, user: string): Promise<Readable[]> {
  const out: Readable[] = [];
  for (const inspection of await store.listInspections())
    if (may(await store.getRole(inspection.id, user), "read_figures").ok) out.push({ id: inspection.id, name: inspection.name });
  return out;
}

export async function askDirect(store: Store, user: string, text: string, model?: ModelParser): Promise<DirectAnswer> {
  const readable = await readableBy(store, user);
  if (!readable.length)
    return {
      kind: "none",
      text: "You may not see the figures of any inspection, so I cannot answer questions about them. `my cases` lists what waits for you.",
    };
  const named = text.match(NAMED);
  const chosen = named ? readable.find((r) => r.id === named[1]!.toLowerCase()) : readable.length === 1 ? readable[0] : undefined;
  // An inspection they may not read is answered as if unknown, so its existence is not revealed.
  if (named && !chosen)
    return { kind: "none", text: `I know no inspection \`${named[1]}\` whose figures you may see. Yours: ${readable.map((r) => `\`${r.id}\``).join(", ")}.` };
  if (!chosen) return { kind: "choose", inspections: readable, question: text };
  return answerIn(store, user, chosen.id, named ? named[2]! : text, model);
}

/** The answer in one inspection, checking again that `user` may read its figures (a button
 * may be clicked after their role changed). */
export async function answerIn(
  store: Store,
  user: string,
  inspection: string,
  question: string,
  model?: ModelParser,
): Promise<Exclude<DirectAnswer, { kind: "choose" }>> {
  const allowed = may(await store.getRole(inspection, user), "read_figures");
  if (!allowed.ok) return { kind: "none", text: allowed.reason };
  const loaded = await loadInspection(store, inspection);
  if (!loaded.ok) return { kind: "none", text: loaded.error.message };
  const answer = await askQuestion({ framework: loaded.framework, cases: loaded.scored, question, model });
  return { kind: "answer", inspection, text: answer.text };
}
