import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/service/demo.ts";
import { buildAskAnswer, decodeChoice, encodeChoice } from "../../src/slack/blocks/ask-answer.ts";
import type { FakeMessage } from "../support/fake-slack.ts";
import { buttonsOf, CHANNEL, PEOPLE, SlackTestBed } from "../support/slack-testbed.ts";

/** Named by no section, so the rules are unsure between the three reviews. */
const UNSURE = "how many reviews were sufficient?";

let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
  await bed.command(PEOPLE.lead, "new dorset-2016 Dorset Combined YOS");
  await loadDemo(bed.store, "2016-09-14T17:00:00.000Z");
  await bed.command(PEOPLE.lead, `role <@${PEOPLE.inspector}|insp> inspector`);
  await bed.command(PEOPLE.lead, `role <@${PEOPLE.caseManager}|sam> case_manager`);
});
afterAll(() => bed?.stop());

const lastPost = (): FakeMessage => bed.slack.messages.at(-1)!;

describe("an unsure answer about the figures in Slack", () => {
  it("posts the answer with what it was read as, and each other reading as a button", async () => {
    await bed.mention(PEOPLE.inspector, UNSURE);
    const answer = lastPost();
    expect(answer.text).toMatch(/^Read as: .*I am not sure this is the figure you mean\./);
    const buttons = buttonsOf(answer);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect(buttons.map((b) => b.decoded?.m).sort()).toEqual(expect.arrayContaining(["rosh.review", "sv.review"]));
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(buttons.length);
  });

  it("answers a click with the chosen figure, in the same thread", async () => {
    await bed.mention(PEOPLE.inspector, UNSURE);
    const answer = lastPost();
    await bed.click(PEOPLE.inspector, answer, (b) => b.decoded?.m === "rosh.review");
    const chosen = lastPost();
    expect(chosen).not.toBe(answer);
    expect(chosen.thread_ts).toBe(answer.thread_ts);
    expect(chosen.text).toContain("Read as: a sufficient review of the risk of harm, of the cases where a review was expected.");
    expect(chosen.text).toContain("in 5 of the 10 cases where a review was expected");
    expect(buttonsOf(chosen)).toEqual([]);
  });

  it("checks access again on the click: someone who may not see the figures gets nothing posted", async () => {
    await bed.mention(PEOPLE.inspector, UNSURE);
    const answer = lastPost();
    const posted = bed.slack.messages.length;
    await bed.click(PEOPLE.caseManager, answer, (b) => b.decoded?.m === "rosh.review");
    expect(bed.slack.messages.length).toBe(posted);
    expect(bed.slack.ephemerals(PEOPLE.caseManager).at(-1)!.text).toContain("cannot see the figures");
  });

  it("offers the figures it can answer, as buttons, when it understood none", async () => {
    await bed.mention(PEOPLE.inspector, "what about the protecting the public figures?");
    const answer = lastPost();
    expect(answer.text).toContain("I could not tell which figure you mean");
    const buttons = buttonsOf(answer);
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.every((b) => String(b.decoded?.m).startsWith("rosh."))).toBe(true);
  });

  it("keeps what a question it could not place said of its cases: a clicked figure is split and filtered as asked", async () => {
    await bed.mention(PEOPLE.inspector, "protecting the public, custody cases, per CM?");
    const answer = lastPost();
    expect(answer.text).toContain("I could not tell which figure you mean");
    const buttons = buttonsOf(answer);
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.every((b) => b.decoded?.g === "case_manager" && JSON.stringify(b.decoded?.f) === '{"answers":{"profile.sentence":["custody"]}}')).toBe(true);
    await bed.click(PEOPLE.inspector, answer, (b) => b.decoded?.m === buttons[0]!.decoded?.m);
    const chosen = lastPost();
    expect(chosen.thread_ts).toBe(answer.thread_ts);
    expect(chosen.text).toMatch(/Read as: .*custody/);
    expect(chosen.text).toMatch(/cm-0\d/);
  });

  it("posts only the refusal for a question it must refuse: no buttons, no case data", async () => {
    await bed.mention(PEOPLE.inspector, "what is the child's name in D05?");
    const answer = lastPost();
    expect(answer.text).toMatch(/can't share notes, names or individual answers/);
    expect(JSON.stringify(answer)).not.toMatch(/\bD\d\d\b|cm-\d\d|\d+ of the \d+/);
    expect(buttonsOf(answer)).toEqual([]);
  });

  it("answers a sure question without buttons, and its first line says what it was read as", async () => {
    await bed.command(PEOPLE.inspector, "ask how many risk reviews were sufficient?");
    const answer = lastPost();
    expect(answer.channel).toBe(CHANNEL);
    expect(answer.text).toContain("Read as: a sufficient review of the risk of harm");
    expect(buttonsOf(answer)).toEqual([]);
  });
});

describe("choice buttons", () => {
  it("carry the reading and nothing else, and read back only what they wrote", () => {
    const query = { metric: "rosh.review", filters: { answers: { "profile.sentence": ["custody"] } }, groupBy: "case_manager", show: "figure" as const };
    expect(decodeChoice(encodeChoice(query))).toEqual(query);
    expect(decodeChoice('{"m":"rosh.review","x":1}')).toBeUndefined();
    expect(decodeChoice("not json")).toBeUndefined();
    expect(encodeChoice({ ...query, filters: { cases: Array.from({ length: 400 }, (_, i) => `D${i}`) } })).toBeUndefined();
  });

  it("are left off a sure answer and a refusal", () => {
    const base = { query: null, metric: null, groups: [], text: "x", source: "rules" as const, suggestions: [{ id: "rosh.review", label: "A review" }] };
    expect(buildAskAnswer({ ...base, refused: true }).blocks.some((b) => b.type === "actions")).toBe(false);
    expect(buildAskAnswer(base).blocks.some((b) => b.type === "actions")).toBe(true);
  });
});
