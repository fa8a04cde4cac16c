import type { Conversation, ThreadTransport } from "../../conversation/transport.ts";
import type { Store } from "../../store/store.ts";
import { renderPrompt } from "./render.ts";

/** The conversation's platform calls as terminal lines: a turn's question is printed, and a
 * question "message" is the turn it was printed on (nothing to take buttons off). */
export function shellConversation(store: Store, now: () => string): Conversation & { printed: string[] } {
  const printed: string[] = [];
  const transport: ThreadTransport = {
    async postQuestion(_kase, post) {
      printed.push(...renderPrompt(post.prompt));
      return `shell-${post.turn}`;
    },
    async closeQuestion() {},
    async postComplete(_kase, prompt) {
      printed.push(...renderPrompt(prompt));
    },
    async updateRoot() {},
    name: (user) => user ?? "nobody yet",
  };
  // Failures the terminal shows itself; the turn protocol's warnings would only clutter it.
  const log = { warn: () => {}, error: () => {} };
  return { store, log, now, transport, printed };
}
