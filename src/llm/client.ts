import OpenAI from "openai";

/** How to reach the model. Passed in by the caller (the CLI or the Slack wiring reads the
 * environment once); nothing here reads process.env. */
export interface ModelSettings {
  apiKey: string;
  /** An OpenAI-compatible endpoint; tests point it at a local fake server. */
  baseURL?: string;
  model?: string;
  /** The whole call, retries included, gives up after this long and the rules' reading stands. */
  timeoutMs?: number;
  /** 0 or 1: a slow answer is worse than the rules' answer, so retries are few. */
  maxRetries?: 0 | 1;
}

export interface ModelClient {
  openai: OpenAI;
  model: string;
  timeoutMs: number;
}

export const DEFAULT_MODEL = "gpt-4o-mini";
export const DEFAULT_TIMEOUT_MS = 2000;

export function createModelClient(settings: ModelSettings): ModelClient {
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const openai = new OpenAI({
    apiKey: settings.apiKey,
    ...(settings.baseURL ? { baseURL: settings.baseURL } : {}),
    timeout: timeoutMs,
    maxRetries: settings.maxRetries ?? 0,
  });
  return { openai, model: settings.model ?? DEFAULT_MODEL, timeoutMs };
}
