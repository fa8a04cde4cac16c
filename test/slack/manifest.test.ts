import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMAND } from "../../src/slack/ids.ts";

/** The manifest is read by Slack, not by casecheck; this keeps it in step with the code. */
const manifest = readFileSync(new URL("../../slack-manifest.yaml", import.meta.url), "utf8");
/** The `- item` lines of the list under `key:` (up to the next key). */
const listUnder = (key: string) => {
  const after = manifest.split(new RegExp(`\\n\\s*${key}:\\n`))[1] ?? "";
  const block = after.split(/\n\s*[a-z_]+:/)[0]!;
  return [...block.matchAll(/^\s*- ([\w:./]+)/gm)].map((m) => m[1]);
};

describe("slack-manifest.yaml", () => {
  it("declares the slash command the app listens to, with mentions escaped", () => {
    expect(manifest).toContain(`- command: ${COMMAND}`);
    expect(manifest).toMatch(/should_escape: true/);
  });

  it("subscribes to every event the app handles and has the scopes they need", () => {
    const events = listUnder("bot_events");
    for (const e of ["app_mention", "message.channels", "message.groups", "message.im", "app_home_opened"]) expect(events).toContain(e);
    const scopes = listUnder("bot");
    for (const s of ["chat:write", "commands", "app_mentions:read", "channels:history", "groups:history", "im:history", "users:read"]) expect(scopes).toContain(s);
  });

  it("enables interactivity and the App Home tab", () => {
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/home_tab_enabled: true/);
  });
});
