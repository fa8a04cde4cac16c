import { loadConfig, slackMode } from "../../config.ts";
import type { Command } from "../io.ts";
import { runShell } from "./shell.ts";

/** What `npm start` runs: the Slack app when Slack is configured, the shell otherwise. */
export const runCommand: Command = async (_args, io) => {
  const config = loadConfig(io.env);
  const mode = slackMode(config);
  if (!mode) {
    io.stdout("Slack is not configured, so casecheck opens in the terminal. To connect Slack, see docs/slack-setup.md");
    io.stdout("(set SLACK_BOT_TOKEN and SLACK_APP_TOKEN for Socket Mode, or SLACK_SIGNING_SECRET for HTTP, in .env).");
    return runShell(io);
  }
  const { startSlack } = await import("../../slack/start.ts");
  const store = await io.openStore();
  await startSlack({ config, store });
  // Runs until the process is stopped; the Slack app closes the store on SIGTERM.
  return new Promise<number>(() => {});
};
