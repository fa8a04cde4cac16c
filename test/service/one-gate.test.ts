import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../../src/cli/shell/session.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";
import { interceptStore } from "../support/intercept-store.ts";
import { PEOPLE, SlackTestBed, clickAnswer, setUpInspection } from "../support/slack-testbed.ts";

/** Which function of the code asked the store to save answers: read from the call stack at
 * the store itself, so nothing in the code under test is replaced or spied on. */
const GATE = /\bsaveAnswer \(.*src\/service\/give-answer\.ts/;
function recordingCallers(store: Store) {
  const callers: string[] = [];
  const wrapped = interceptStore(store, (method) => {
    if (method === "saveAnswers") callers.push(new Error().stack ?? "");
  });
  return { wrapped, callers };
}

describe("a click, a typed reply and a shell line record through the one use case", () => {
  let bed: SlackTestBed;
  let callers: string[];
  beforeAll(async () => {
    const recorded = recordingCallers(await openStore("memory://"));
    callers = recorded.callers;
    bed = await SlackTestBed.start({ store: recorded.wrapped });
    await setUpInspection(bed);
    await bed.command(PEOPLE.inspector, "case G01");
  });
  afterAll(async () => {
    await bed?.stop();
    await bed?.store.close();
  });

  it("a button click over HTTP", async () => {
    const before = callers.length;
    await clickAnswer(bed, "G01", "custody");
    expect(callers.slice(before)).toHaveLength(1);
    expect(callers.at(-1)).toMatch(GATE);
  });

  it("a typed reply in the thread", async () => {
    const before = callers.length;
    await bed.reply(PEOPLE.inspector, bed.root("G01").ts, "high");
    expect(callers.slice(before)).toHaveLength(1);
    expect(callers.at(-1)).toMatch(GATE);
  });

  it("a line in the shell", async () => {
    const recorded = recordingCallers(await openStore("memory://"));
    const session = createSession({ store: recorded.wrapped, user: "insp-1", now: () => "2026-11-25T12:00:00.000Z" }, { as: "lead" });
    await session.handle("new g-1");
    await session.handle("case G01");
    expect(await session.handle("custody")).toContain("Recorded.");
    expect(recorded.callers).toHaveLength(1);
    expect(recorded.callers[0]).toMatch(GATE);
    // The same gate refuses the same way: a manager's answer never reaches the store.
    await session.handle("as manager");
    expect((await session.handle("high")).join("\n")).toContain("As a manager you cannot answer questions");
    expect(recorded.callers).toHaveLength(1);
  });
});
