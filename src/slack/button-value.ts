import { z } from "zod";

/** What a button carries: the inspection, case, question and the turn of the thread it was
 * posted in, so a click on an old message is recognised as stale. `v` is the answer value. */
const ButtonValue = z.object({
  i: z.string(),
  c: z.string(),
  q: z.string(),
  n: z.number().int().nonnegative(),
  v: z.string().optional(),
});
export type ButtonValue = z.infer<typeof ButtonValue>;

export function encodeButton(value: ButtonValue): string {
  return JSON.stringify(value);
}

/** Undefined for anything that is not one of ours (an old format, a tampered payload). */
export function decodeButton(raw: string | undefined): ButtonValue | undefined {
  if (!raw) return undefined;
  try {
    const parsed = ButtonValue.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** What a modal remembers between opening and submitting. */
const ModalMeta = z.object({
  i: z.string(),
  c: z.string(),
  /** The framework, so a typed value can be checked before the submission is acknowledged. */
  f: z.string(),
  /** Where to report back: the case thread's channel. */
  ch: z.string(),
  th: z.string().optional(),
});
export type ModalMeta = z.infer<typeof ModalMeta>;

export const encodeMeta = (meta: ModalMeta) => JSON.stringify(meta);

/** What a modal about a case remembers: the case, its framework, and its thread to report back
 * in (or the channel the click came from, for a case with no thread). */
export function caseModalMeta(
  kase: { inspection: string; ref: string; thread?: { channel: string; ts: string } },
  framework: string,
  channel: string,
): ModalMeta {
  return { i: kase.inspection, c: kase.ref, f: framework, ch: kase.thread?.channel ?? channel, ...(kase.thread ? { th: kase.thread.ts } : {}) };
}

export function decodeMeta(raw: string | undefined): ModalMeta | undefined {
  try {
    const parsed = ModalMeta.safeParse(JSON.parse(raw ?? ""));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
