import type { Conversation } from "./transport.ts";
import { claimTurn, getLive, liveAfterClaim, releaseTurn, type Live } from "./live.ts";

export type Held<T> = { ok: true; value: T } | { ok: false; why: "taken" } | { ok: false; why: "moved"; live: Live };

/** Runs `work` holding the claim on `turn` of a case's thread, so only the first of two
 * concurrent moves goes ahead, on any instance. After claiming, the thread is read again: a
 * turn given back after a failure must not let an old click through, and the message of the
 * turn may have been recorded meanwhile. `seen`, the thread as read before claiming, spares
 * reading again what cannot have changed (liveAfterClaim). If `work` fails, the claim is given
 * back so the same click works once the store or the platform is back; any turn it opened stays opened. */
export async function holdTurn<T>(
  conv: Pick<Conversation, "store" | "log">,
  inspection: string,
  ref: string,
  turn: number,
  work: (live: Live) => Promise<T>,
  seen?: Live,
): Promise<Held<T>> {
  const { store, log } = conv;
  if (!(await claimTurn(store, inspection, ref, turn))) return { ok: false, why: "taken" };
  try {
    const live = seen?.turn === turn ? await liveAfterClaim(store, inspection, ref, seen) : await getLive(store, inspection, ref);
    if (live.turn !== turn) return { ok: false, why: "moved", live };
    return { ok: true, value: await work(live) };
  } catch (error) {
    await releaseTurn(store, inspection, ref, turn).catch((again: unknown) =>
      log.warn({ err: again, inspection, ref, turn }, "could not give a turn back; its claim expires by itself"),
    );
    throw error;
  }
}
