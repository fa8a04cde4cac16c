import type { Store } from "../../store/store.ts";

/** Where a case's thread stands: the turn (bumped whenever a new question message is posted,
 * or the thread is paused or finished), the message with live buttons and its question.
 * A click carrying another turn is stale. */
export interface Live {
  turn: number;
  ts?: string;
  question?: string;
}

const liveKey = (inspection: string, ref: string) => `slack-live:${inspection}:${ref}`;
const threadKey = (channel: string, ts: string) => `slack-thread:${channel}:${ts}`;

export async function getLive(store: Store, inspection: string, ref: string): Promise<Live> {
  return (await store.getValue<Live>(liveKey(inspection, ref))) ?? { turn: 0 };
}

export function setLive(store: Store, inspection: string, ref: string, live: Live): Promise<void> {
  return store.setValue(liveKey(inspection, ref), live);
}

export interface ThreadCase {
  inspection: string;
  ref: string;
}

/** The case a thread belongs to, so typed replies find their case. */
export function threadCase(store: Store, channel: string, ts: string): Promise<ThreadCase | undefined> {
  return store.getValue<ThreadCase>(threadKey(channel, ts));
}

export function bindThread(store: Store, channel: string, ts: string, found: ThreadCase): Promise<void> {
  return store.setValue(threadKey(channel, ts), found);
}

/** Only the first of two concurrent moves on one turn goes ahead (double clicks, a click and a
 * typed reply at once). The claim outlives any retry of the same request. */
export function claimTurn(store: Store, inspection: string, ref: string, turn: number): Promise<boolean> {
  return store.claim(`slack-turn:${inspection}:${ref}:${turn}`, 15 * 60_000);
}
