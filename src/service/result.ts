import type { AnswerValue } from "../core/records.ts";

/** Why a use case said no, as a code the adapters switch on (never a message to match):
 * - `not_found`: no such inspection, case or question
 * - `not_allowed`: the person's role does not allow it (the message says which role would)
 * - `invalid`: the input cannot be read or does not fit the question or the case
 * - `needs_reason`: a different answer to an answered question; a change needs a reason
 * - `stale`: the click or reply is for a turn the conversation has left
 * - `busy`: another click on the same turn is being handled (a double click)
 * - `moved`: the inspection now lives in another channel (`channel` names it)
 * - `last_lead`: the change would leave the inspection without a lead
 * - `not_saved`: the store failed, so nothing (or not everything) was saved; try again */
export type ErrorCode = "not_found" | "not_allowed" | "invalid" | "needs_reason" | "stale" | "busy" | "moved" | "last_lead" | "not_saved";

/** A failure a person can act on: the code for the adapter, the message in plain words, and
 * what the adapter needs to say more (the value for a change form, the channel moved to). */
export interface Failure {
  code: ErrorCode;
  message: string;
  value?: AnswerValue;
  channel?: string;
  /** What may be chosen instead (section ids, for one not found). */
  choices?: string[];
  /** People the message names by their id, for the platform to show as it shows people. */
  people?: string[];
}

/** What every use case returns: its values, or one failure. Exceptions are for outages and bugs. */
export type Result<T> = ({ ok: true } & T) | { ok: false; error: Failure };

export const fail = (code: ErrorCode, message: string, extra: Omit<Failure, "code" | "message"> = {}): { ok: false; error: Failure } => ({
  ok: false,
  error: { code, message, ...extra },
});
