import type { Store } from "../store/store.ts";

/** Where a case's thread stands: the turn (bumped whenever a new question message is posted,
 * or the thread is paused or finished), the question of that turn and its message.
 * A click carrying another turn is stale. */
export interface Live {
  turn: number;
  ts?: string;
  question?: string;
}

/** What one turn asks and where. Each turn's record is written only by whoever claimed the
 * turn before it (claimTurn is an atomic set-if-absent), so no two instances ever write the
 * same record and the thread only moves forward: the current turn is the last with a record. */
type TurnRecord = Omit<Live, "turn">;

const recordKey = (inspection: string, ref: string, turn: number) => `slack-turn-record:${inspection}:${ref}:${turn}`;
/** The latest turn an instance wrote: where to start looking. A slower instance may write an
 * older turn over a newer one, so it is only a hint; the records decide. (Threads from before
 * the records hold their whole state here.) */
const hintKey = (inspection: string, ref: string) => `slack-live:${inspection}:${ref}`;
const threadKey = (channel: string, ts: string) => `slack-thread:${channel}:${ts}`;
const turnClaim = (inspection: string, ref: string, turn: number) => `slack-turn:${inspection}:${ref}:${turn}`;

const asLive = (turn: number, record: TurnRecord): Live => ({
  turn,
  ...(record.ts ? { ts: record.ts } : {}),
  ...(record.question ? { question: record.question } : {}),
});

export async function getLive(store: Store, inspection: string, ref: string): Promise<Live> {
  const hint = (await store.getValue<Live>(hintKey(inspection, ref))) ?? { turn: 0 };
  const read = (turn: number) => store.getValue<TurnRecord>(recordKey(inspection, ref, turn));
  let turn = hint.turn;
  const [own, following] = await Promise.all([read(turn), read(turn + 1)]);
  let record: TurnRecord = own ?? { ts: hint.ts, question: hint.question };
  for (let next = following; next; next = await read(turn + 1)) {
    turn += 1;
    record = next;
  }
  return asLive(turn, record);
}

/** getLive for a click that carries `turn`: the thread is usually still there, and then its
 * record and the absence of the next one say so in two reads that need no hint (and can run
 * beside the case's own reads). Otherwise (moved on, an unknown turn, a thread from before the
 * records) it reads as getLive does. Turns are recorded in order, so a recorded `turn` without
 * a record after it is the current turn, as getLive would find it. */
export async function getLiveNear(store: Store, inspection: string, ref: string, turn: number): Promise<Live> {
  const [own, following] = await Promise.all([
    store.getValue<TurnRecord>(recordKey(inspection, ref, turn)),
    store.getValue<TurnRecord>(recordKey(inspection, ref, turn + 1)),
  ]);
  return own && !following ? asLive(turn, own) : getLive(store, inspection, ref);
}

/** Where the thread stands just after claiming `seen.turn`, `seen` having been read before the
 * claim. Only the holder of the claim on a turn records the next, so what can have changed is:
 * a later turn recorded by someone who held the claim and gave it back after failing part-way,
 * and the message of `seen`'s turn recorded (its id is written just after it is posted). A
 * record with its message id is never written again, so then one read for the next turn is all
 * that can differ; anything else is read again in full. */
export async function liveAfterClaim(store: Store, inspection: string, ref: string, seen: Live): Promise<Live> {
  if (seen.ts && seen.question && !(await movedPast(store, inspection, ref, seen.turn))) return seen;
  return getLive(store, inspection, ref);
}

/** Records turn `live.turn`; only the holder of the claim on the turn before may call it. */
export async function setLive(store: Store, inspection: string, ref: string, live: Live): Promise<void> {
  const { turn, ...record } = live;
  await store.setValue(recordKey(inspection, ref, turn), record);
  await store.setValue(hintKey(inspection, ref), live);
}

/** Records the message of turn `live.turn`, which setLive recorded before it was posted. The
 * hint stays as setLive left it (on this turn): the record is what getLive reads for it. */
export async function recordMessage(store: Store, inspection: string, ref: string, live: Required<Live>): Promise<void> {
  const { turn, ...record } = live;
  await store.setValue(recordKey(inspection, ref, turn), record);
}

/** What turn `turn` asked and where, as recorded (undefined before it was). */
export async function readTurn(store: Store, inspection: string, ref: string, turn: number): Promise<Live | undefined> {
  const record = await store.getValue<TurnRecord>(recordKey(inspection, ref, turn));
  return record && { turn, ...record };
}

/** Whether the thread has moved past `turn` (a later turn has a record). */
export async function movedPast(store: Store, inspection: string, ref: string, turn: number): Promise<boolean> {
  return (await store.getValue<TurnRecord>(recordKey(inspection, ref, turn + 1))) !== undefined;
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
 * typed reply at once, on any instance). The claim outlives any retry of the same request. */
export function claimTurn(store: Store, inspection: string, ref: string, turn: number): Promise<boolean> {
  return store.claim(turnClaim(inspection, ref, turn), 15 * 60_000);
}

/** Gives the turn back after a move that failed part-way, so the same click works again. */
export function releaseTurn(store: Store, inspection: string, ref: string, turn: number): Promise<void> {
  return store.release(turnClaim(inspection, ref, turn));
}
