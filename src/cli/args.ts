import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** parseArgs, with unknown options and missing values reported as usage errors (exit 2). */
export function parseCommand<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError([`${(error as Error).message.replace(/\. To specify.*$/s, "")}`, `usage: ${usage}`]);
  }
}

export function required(value: string | boolean | undefined, name: string, usage: string): string {
  if (typeof value !== "string" || !value.trim()) throw new UsageError([`${name} is required`, `usage: ${usage}`]);
  return value.trim();
}

export function oneOf<T extends string>(value: string | boolean | undefined, allowed: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError([`${name} must be one of ${allowed.join(", ")} (got "${String(value)}")`]);
}
