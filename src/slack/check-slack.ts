import { webApi, type Logger as SlackLogger } from "@slack/bolt";
import { ConfigError } from "../config.ts";

/** Tries, in all, when Slack's Web API cannot be reached at start-up. */
const TRIES = 3;

/** Checks the bot token against Slack (auth.test) before the app starts, with a few quick
 * retries: a token Slack refuses or a Web API that cannot be reached stops the start with
 * one line naming the variable, instead of a stack trace or retrying for half an hour (the
 * Web API client's own policy, right for a running app). */
export async function checkSlack(settings: { token: string; apiUrl?: string; logger: SlackLogger }): Promise<void> {
  const client = new webApi.WebClient(settings.token, {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    logger: settings.logger,
    timeout: 5000,
    retryConfig: { retries: TRIES - 1, factor: 2, minTimeout: 250, maxTimeout: 2000 },
  });
  try {
    await client.auth.test();
  } catch (error) {
    throw new ConfigError(explain(error, settings.apiUrl));
  }
}

function explain(error: unknown, apiUrl: string | undefined): string {
  const e = error as { code?: string; data?: { error?: string }; original?: { code?: string; message?: string }; message?: string };
  if (e.code === "slack_webapi_platform_error" && e.data?.error)
    return `SLACK_BOT_TOKEN was refused by Slack (${e.data.error}): copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page into .env, and reinstall the app if it was revoked.`;
  const why = e.original?.code ?? e.original?.message ?? e.message ?? String(error);
  if (apiUrl)
    return `SLACK_API_URL ${apiUrl} could not be reached (${why}) after ${TRIES} tries: check the address, or unset SLACK_API_URL to use Slack's own.`;
  return `Slack's Web API could not be reached (${why}) after ${TRIES} tries: check the network or proxy, then start again.`;
}

/** A port the HTTP server could not listen on, said with the variable that sets it. */
export function explainListen(error: unknown, port: number): Error {
  const code = (error as { code?: string }).code;
  if (code === "EADDRINUSE")
    return new ConfigError(`PORT ${port} is in use: another program (perhaps another casecheck) listens there; stop it, or set PORT to a free port.`);
  if (code === "EACCES") return new ConfigError(`PORT ${port} needs privileges this process does not have: set PORT to 1024 or above.`);
  return error as Error;
}

/** Socket Mode could not connect: a refused app token is named. */
export function explainSocket(error: unknown): Error {
  const e = error as { code?: string; data?: { error?: string } };
  if (e.code === "slack_webapi_platform_error" && e.data?.error)
    return new ConfigError(
      `SLACK_APP_TOKEN was refused by Slack (${e.data.error}): copy an app-level token (xapp-…) with the connections:write scope from the app's Basic Information page into .env.`,
    );
  return error as Error;
}
