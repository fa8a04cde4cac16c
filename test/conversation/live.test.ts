import pino from "pino";
import { beforeEach, describe, expect, it } from "vitest";
import { holdTurn } from "../../src/conversation/hold-turn.ts";
import { getLive, getLiveNear, recordMessage, releaseTurn, setLive, type Live } from "../../src/conversation/live.ts";
import type { Conversation } from "../../src/conversation/transport.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";

/** The thread state a click reads (getLiveNear, from the turn its button carries) and the
 * re-read after claiming a turn (holdTurn given what was read before) agree with reading the
 * whole state again, whatever happened in between. */
let store: Store;
let ctx: Pick<Conversation, "store" | "log">;
const I = "insp";
const R = "C01";
/** Turn `turn` posted as a question message, as moveOn records it. */
async function posted(turn: number, question = `q${turn}`): Promise<Required<Live>> {
  await setLive(store, I, R, { turn, question });
  const live = { turn, ts: `${turn}.000`, question };
  await recordMessage(store, I, R, live);
  return live;
}

beforeEach(async () => {
  store = await openStore("memory://");
  ctx = { store, log: pino({ level: "silent" }) };
});

describe("getLiveNear", () => {
  it("finds the current turn from a button's turn as getLive does: current, moved on, unknown, or a thread from before the records", async () => {
    for (let turn = 1; turn <= 3; turn++) await posted(turn);
    for (const turn of [0, 1, 2, 3, 4, 99]) expect(await getLiveNear(store, I, R, turn), `button of turn ${turn}`).toEqual(await getLive(store, I, R));
    expect(await getLiveNear(store, I, R, 3)).toEqual({ turn: 3, ts: "3.000", question: "q3" });
    // A turn recorded before its message was posted: the message id is not there yet.
    await setLive(store, I, R, { turn: 4, question: "q4" });
    expect(await getLiveNear(store, I, R, 4)).toEqual({ turn: 4, question: "q4" });
    expect(await getLiveNear(store, I, R, 3)).toEqual({ turn: 4, question: "q4" });

    // Only the hint, as threads kept their whole state before the turn records.
    await store.setValue(`slack-live:${I}:OLD`, { turn: 7, ts: "7.000", question: "q7" });
    for (const turn of [6, 7, 8]) expect(await getLiveNear(store, I, "OLD", turn)).toEqual({ turn: 7, ts: "7.000", question: "q7" });
  });
});

describe("holdTurn given the thread as read before claiming", () => {
  it("does not let a click through when the next turn was recorded by a move that failed and gave its claim back", async () => {
    const seen = await posted(1);
    // Between the click's read and its claim: another move claims turn 1, records turn 2, fails
    // before posting it and gives the claim back.
    expect(await store.claim(`slack-turn:${I}:${R}:1`, 60_000)).toBe(true);
    await setLive(store, I, R, { turn: 2, question: "q2" });
    await releaseTurn(store, I, R, 1);
    let ran = false;
    const held = await holdTurn(ctx, I, R, 1, async () => (ran = true), seen);
    expect(held).toEqual({ ok: false, why: "moved", live: { turn: 2, question: "q2" } });
    expect(ran).toBe(false);
  });

  it("reads the turn's message id when it was recorded after the click read the thread", async () => {
    await setLive(store, I, R, { turn: 1, question: "q1" });
    const seen = await getLiveNear(store, I, R, 1);
    expect(seen).toEqual({ turn: 1, question: "q1" });
    await recordMessage(store, I, R, { turn: 1, ts: "1.000", question: "q1" });
    const held = await holdTurn(ctx, I, R, 1, async (live) => live, seen);
    expect(held).toEqual({ ok: true, value: { turn: 1, ts: "1.000", question: "q1" } });
  });

  it("goes ahead on the turn it read, and a second claim on it is refused", async () => {
    const seen = await posted(1);
    expect(await holdTurn(ctx, I, R, 1, async (live) => live, seen)).toEqual({ ok: true, value: seen });
    expect(await holdTurn(ctx, I, R, 1, async (live) => live, seen)).toEqual({ ok: false, why: "taken" });
  });
});
