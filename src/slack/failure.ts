import { StoreUnavailableError } from "../store/store.ts";

/** What went wrong, for the log (`code`) and for the person (`advice`). */
export interface Failure {
  code: string;
  advice: string;
}

/** Slack's own error codes that a person can do something about. */
const SLACK_ADVICE: Record<string, string> = {
  not_in_channel: "I am not in that channel: invite me with `/invite @casecheck` and try again.",
  channel_not_found: "Slack cannot find that channel for me: invite me with `/invite @casecheck` and try again.",
  is_archived: "That channel is archived.",
  ratelimited: "Slack is asking me to slow down: try again in a minute.",
  msg_too_long: "The message was too long for Slack.",
  invalid_blocks: "Slack refused the message's layout; this has been logged for the team.",
  expired_trigger_id: "The window took too long to open: press the button again.",
};

export function describeFailure(error: unknown): Failure {
  if (error instanceof StoreUnavailableError)
    return { code: error.code, advice: "The store could not be reached, so this was *not saved*: try again in a moment. Answers confirmed before are safe." };
  const e = error as { code?: string; data?: { error?: string } };
  if (e?.code === "slack_webapi_platform_error" && e.data?.error) {
    const code = e.data.error;
    return { code, advice: `Slack said \`${code}\`. ${SLACK_ADVICE[code] ?? "It has been logged."} Answers already confirmed are saved.` };
  }
  if (e?.code === "slack_webapi_rate_limited_error") return { code: "ratelimited", advice: SLACK_ADVICE.ratelimited! };
  if (e?.code?.startsWith("slack_webapi_"))
    return { code: e.code, advice: "Slack could not be reached. Answers already confirmed are saved; try again shortly." };
  return { code: "internal", advice: "It has been logged. Answers already confirmed are saved." };
}
