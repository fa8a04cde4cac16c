import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { COMMAND } from "../../src/slack/ids.ts";

/** The manifest is read by Slack, not by casecheck; this keeps it in step with the code. It is
 * parsed as YAML and checked against the shape of the fields the app relies on. */
const Manifest = z.object({
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.boolean() }),
    slash_commands: z.array(z.object({ command: z.string(), should_escape: z.boolean().optional() })),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean() }),
  }),
});
const manifest = Manifest.parse(parse(readFileSync(new URL("../../slack-manifest.yaml", import.meta.url), "utf8")));

describe("slack-manifest.yaml", () => {
  it("declares the slash command the app listens to, with mentions escaped", () => {
    const command = manifest.features.slash_commands.find((c) => c.command === COMMAND);
    expect(command).toMatchObject({ command: COMMAND, should_escape: true });
  });

  it("subscribes to every event the app handles and has the scopes they need", () => {
    const events = manifest.settings.event_subscriptions.bot_events;
    for (const e of ["app_mention", "message.channels", "message.groups", "message.im", "app_home_opened"]) expect(events).toContain(e);
    const scopes = manifest.oauth_config.scopes.bot;
    for (const s of [
      "chat:write",
      "commands",
      "app_mentions:read",
      "channels:history",
      "groups:history",
      "im:history",
      "im:write",
      "users:read",
      "files:write",
    ])
      expect(scopes).toContain(s);
  });

  it("enables interactivity and the App Home tab", () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });
});
