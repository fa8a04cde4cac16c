import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { findQuestion } from "../../src/core/interview/interview.ts";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { loadDemo } from "../../src/service/demo.ts";
import { loadDorset } from "../support/dorset.ts";
import type { SlackJson } from "../support/fake-slack.ts";
import { CHANNEL, PEOPLE, SlackTestBed, liveQuestionId, setUpInspection } from "../support/slack-testbed.ts";

/** Slack's own rules, checked over the app's flows against the fake Slack: the scopes the
 * manifest requests are exactly those its Web API calls and events need, and every post's
 * fallback `text` carries its content (notifications and screen readers read only that). */
const { lead: LEAD, inspector: INSP, caseManager: SAM } = PEOPLE;
let clock = Date.parse("2026-03-23T08:00:00Z");
let bed: SlackTestBed;
const script = loadDorset().find((c) => c.ref === "D02")!.answers;

beforeAll(async () => {
  bed = await SlackTestBed.start({ now: () => new Date((clock += 1000)).toISOString() });
  await setUpInspection(bed);
  await loadDemo(bed.store, "2016-09-14T17:00:00.000Z");
  await bed.command(INSP, `case D21 <@${SAM}|sam>`);
  for (let step = 0; step < 60; step++) {
    const id = liveQuestionId(bed, "D21");
    if (!id || step === 20) break;
    const value = script[id]!.value;
    const who = findQuestion(sqsYouth2016, id)!.audience === "cm" ? SAM : INSP;
    const live = bed.liveQuestion("D21")!;
    if (Array.isArray(value)) {
      const state = { choices: { tick: { type: "checkboxes", selected_options: value.map((v) => ({ value: v, text: { type: "plain_text", text: v } })) } } };
      await bed.click(who, live, (b) => b.action_id === "save_choices", state);
    } else await bed.click(who, live, (b) => b.decoded?.v === value);
    if (step === 5) await bed.click(INSP, bed.liveQuestion("D21")!, (b) => b.action_id === "note");
  }
  await bed.reply(INSP, bed.root("D21").ts, "note: seen in the case record");
  await bed.event("message.file-share", {
    user: INSP,
    thread_ts: bed.root("D21").ts,
    ts: bed.slack.nextTs(),
    channel: CHANNEL,
    files: [{ id: "F1", name: "plan.pdf", permalink: "https://casecheck-test.slack.com/files/U0INSP/F1/plan.pdf" }],
  });
  for (const text of ["status", "summary", "summary public", "export csv", "history D21", "help", "deadline 2026-04-03", "schedule digest weekdays 09:00"])
    await bed.command(LEAD, text);
  await bed.mention(PEOPLE.manager, "how many cases had a sufficient risk review?");
  await bed.event("app-home-opened", { user: SAM, channel: "D0SAM", tab: "home" });
  for (const text of ["help", "my cases", "how many cases had a sufficient risk review?"])
    await bed.event("message.im", { user: INSP, text, channel: "D0INSP", ts: bed.slack.nextTs() });
  clock = Date.parse("2026-03-23T09:00:00Z");
  await bed.app.tick();
  clock = Date.parse("2026-03-23T13:00:00Z");
  await bed.app.tick();
}, 60_000);
afterAll(async () => bed?.stop());

/** The bot scope each Web API method needs (api.slack.com/methods/<method>, "Required scopes"). */
const METHOD_SCOPES: Record<string, string | null> = {
  "auth.test": null,
  "chat.postMessage": "chat:write",
  "chat.postEphemeral": "chat:write",
  "chat.update": "chat:write",
  "chat.delete": "chat:write",
  "chat.getPermalink": null,
  "views.open": null,
  "views.update": null,
  "views.publish": null,
  "users.info": "users:read",
  "conversations.open": "im:write",
  "conversations.replies": "channels:history",
  "files.getUploadURLExternal": "files:write",
  "files.completeUploadExternal": "files:write",
  // The bytes go to the URL files.getUploadURLExternal gave: no Web API method, no token.
  upload: null,
};
/** The scope each subscribed event needs, and what commands and shortcuts need. */
const EVENT_SCOPES: Record<string, string> = {
  app_mention: "app_mentions:read",
  "message.channels": "channels:history",
  "message.groups": "groups:history",
  "message.im": "im:history",
  app_home_opened: "",
};

describe("Slack's rules", () => {
  it("requests exactly the scopes its Web API calls and events need", () => {
    const manifest = parse(readFileSync(new URL("../../slack-manifest.yaml", import.meta.url), "utf8"));
    const methods = [...new Set(bed.slack.calls.map((c) => c.method).filter((m) => m !== "response_url"))].sort();
    for (const m of methods) expect(METHOD_SCOPES, `a scope for ${m}`).toHaveProperty([m]);
    const events: string[] = manifest.settings.event_subscriptions.bot_events;
    const needed = new Set([
      ...methods.map((m) => METHOD_SCOPES[m]).filter((s): s is string => !!s),
      ...events.map((e) => EVENT_SCOPES[e]).filter((s): s is string => !!s),
      "commands", // the slash command and the message shortcut
      // A file input in a modal needs files:read (Block Kit reference, file_input).
      ...(JSON.stringify(bed.slack.callsTo("views.open")).includes('"file_input"') ? ["files:read"] : []),
    ]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
    expect(methods).toEqual(
      expect.arrayContaining(["chat.postMessage", "chat.update", "chat.postEphemeral", "views.open", "views.publish", "users.info", "chat.getPermalink"]),
    );
  });

  it("gives every message a fallback text that carries its content, not only a title", () => {
    const posts = bed.slack.calls.filter((c) => ["chat.postMessage", "chat.update", "chat.postEphemeral"].includes(c.method));
    expect(posts.length).toBeGreaterThan(50);
    const words = (s: string) =>
      s
        .replace(/<[^>]*>|[*_`~•“”"()]/g, " ")
        .toLowerCase()
        .split(/\W+/)
        .filter((w) => w.length > 3);
    const thin = posts.flatMap((c) => {
      const args: SlackJson = c.args;
      if (!args.blocks?.length) return args.text?.trim() ? [] : [`${c.method}: no text`];
      const shown = new Set(
        words(JSON.stringify(args.blocks.filter((b: SlackJson) => b.type === "section" || b.type === "header").map((b: SlackJson) => b.text?.text ?? ""))),
      );
      const said = new Set(words(args.text ?? ""));
      const missing = [...shown].filter((w) => !said.has(w));
      // Most of what the blocks show is in the text too (wording may differ a little).
      return shown.size && missing.length / shown.size > 0.5 ? [`${c.method} "${args.text}" misses ${missing.slice(0, 8).join(" ")}`] : [];
    });
    expect(thin).toEqual([]);
  });
});
