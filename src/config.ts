import { IANAZone } from "luxon";
import { z } from "zod";
import { DEFAULT_STORE_URL } from "./store/open-store.ts";

/** The environment, parsed once (DESIGN.md, Environment). `.env.example` documents each variable. */
const Env = z.object({
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", "SLACK_BOT_TOKEN is a bot token starting xoxb-").optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z.string().startsWith("xapp-", "SLACK_APP_TOKEN is an app-level token starting xapp-").optional(),
  SLACK_API_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  STORE_URL: z.string().min(1).default(DEFAULT_STORE_URL),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  LLM: z.enum(["auto", "off"]).default("auto"),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(2000),
  /** Post every inspection's summary in its channel daily at this time (HH:MM, in TZ_DEFAULT),
   * unless the inspection has its own schedule. */
  SUMMARY_POST_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "SUMMARY_POST_TIME is a time of day such as 16:30 (in TZ_DEFAULT)")
    .optional(),
  /** The team's time zone: schedules, and reminders to people whose Slack time zone is unknown. */
  TZ_DEFAULT: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone), "TZ_DEFAULT is an IANA time zone such as Europe/London")
    .default("Europe/London"),
  /** A folder of framework files (YAML) to use besides the built-in ones. */
  FRAMEWORKS_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type Config = z.infer<typeof Env>;

export class ConfigError extends Error {
  readonly code = "config";
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Empty strings count as unset, as a copied `.env.example` leaves them. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`The environment is not valid:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Slack is configured when there is a bot token and either an app token (Socket Mode) or a
 * signing secret (HTTP). */
export function slackMode(config: Config): "socket" | "http" | undefined {
  if (!config.SLACK_BOT_TOKEN) {
    // Half a Slack set-up is a mistake to say, not a reason to open the terminal instead.
    const set = (["SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"] as const).find((name) => config[name]);
    if (set)
      throw new ConfigError(
        `${set} is set, but SLACK_BOT_TOKEN is not: set SLACK_BOT_TOKEN (the bot token, xoxb-…, from OAuth & Permissions; docs/slack-setup.md), or unset ${set} to use the terminal shell.`,
      );
    return undefined;
  }
  if (config.SLACK_APP_TOKEN) return "socket";
  if (config.SLACK_SIGNING_SECRET) return "http";
  throw new ConfigError("SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP) is: set one.");
}

/** The model is used only when a key is set and LLM is not off. */
export function modelSettings(config: Config) {
  if (config.LLM === "off" || !config.OPENAI_API_KEY) return undefined;
  return { apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL, timeoutMs: config.LLM_TIMEOUT_MS };
}
