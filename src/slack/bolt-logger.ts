import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "pino";

const LEVELS: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

/** Bolt and its Web API client log through our pino logger, so rate-limit retries and
 * failed calls land in the same log as everything else. */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: "bolt" });
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...msg: unknown[]) => {
      const error = msg.find((m) => m instanceof Error);
      const text = msg
        .filter((m) => m !== error)
        .map((m) => (typeof m === "string" ? m : JSON.stringify(m)))
        .join(" ");
      if (error) child[level]({ err: error }, text || (error as Error).message);
      else child[level](text);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    // The level is pino's, set from LOG_LEVEL; Bolt may not change it.
    setLevel: () => {},
    getLevel: () => LEVELS[logger.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}
