import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEOPLE, SlackTestBed, setUpInspection } from "../support/slack-testbed.ts";

const { lead: LEAD, inspector: INSP, caseManager: SAM } = PEOPLE;
const dmOf = (user: string) => `D${user.slice(1)}`;
let bed: SlackTestBed;

beforeAll(async () => {
  bed = await SlackTestBed.start();
  await setUpInspection(bed);
  await bed.command(LEAD, "new hants-2026 Hampshire YOT", "C0OTHER");
  await bed.command(INSP, `case A01 <@${SAM}|sam>`);
});
afterAll(async () => bed?.stop());

/** A person's message in their DM with the app, and the app's replies to it there. */
async function dm(user: string, text: string, extra: Record<string, unknown> = {}) {
  const before = bed.slack.calls.length;
  await bed.event("message.im", { user, text, channel: dmOf(user), ts: bed.slack.nextTs(), ...extra });
  return bed.slack.calls.slice(before).filter((c) => c.method === "chat.postMessage" && c.args.channel === dmOf(user));
}

describe("direct messages to the app", () => {
  it("answers help with what can be typed there", async () => {
    const [reply] = await dm(SAM, "help");
    expect(reply!.args.text).toContain("`my cases`");
  });

  it("lists a person's own waiting cases and nobody else's", async () => {
    const [reply] = await dm(SAM, "my cases");
    expect(reply!.args.text).toBe("Waiting for you:\n• Case A01 (Dorset Combined YOS): 4 questions in <#C0INSPECT>");
    const [none] = await dm(PEOPLE.otherCaseManager, "what's waiting?");
    expect(none!.args.text).toBe("Nothing waits for you. Thank you!");
  });

  it("answers a question about the figures in the one inspection a person may read", async () => {
    const [reply] = await dm(INSP, "how many cases had a sufficient risk review?");
    expect(reply!.args.text).toMatch(/review/i);
    expect(reply!.args.text).not.toMatch(/which inspection/i);
  });

  it("refuses figures to a case manager, and never reveals an inspection someone may not read", async () => {
    const [sam] = await dm(SAM, "how many cases had a sufficient risk review?");
    expect(sam!.args.text).toContain("You may not see the figures of any inspection");
    const [insp] = await dm(INSP, "in hants-2026: how many cases had a sufficient risk review?");
    expect(insp!.args.text).toBe("I know no inspection `hants-2026` whose figures you may see. Yours: `dorset-2016`.");
  });

  it("asks which inspection when there are several, by buttons or by naming it", async () => {
    const [ask] = await dm(LEAD, "how many cases had a sufficient risk review?");
    expect(ask!.args.text).toMatch(/^Which inspection is “how many cases had a sufficient risk review\?” about\?/);
    const message = { channel: dmOf(LEAD), ts: ask!.response.ts, blocks: ask!.args.blocks };
    const before = bed.slack.calls.length;
    await bed.click(LEAD, message, (b) => b.text.text === "Hampshire YOT");
    const answered = bed.slack.calls.slice(before).filter((c) => c.method === "chat.postMessage");
    expect(answered).toHaveLength(1);
    expect(answered[0]!.args.channel).toBe(dmOf(LEAD));
    const [named] = await dm(LEAD, "in dorset-2016: how many cases had a sufficient risk review?");
    expect(named!.args.text).not.toMatch(/which inspection/i);
  });

  it("ignores the app's own messages and edits", async () => {
    expect(await dm(LEAD, "help", { bot_id: "B0BOT" })).toEqual([]);
    expect(await dm(LEAD, "help", { subtype: "message_changed" })).toEqual([]);
  });
});

describe("after a role is taken away", () => {
  it("lists nothing for someone no longer in the inspection", async () => {
    await bed.command(LEAD, `role <@${SAM}|sam> none`);
    const [reply] = await dm(SAM, "my cases");
    expect(reply!.args.text).toBe("Nothing waits for you. Thank you!");
  });
});
