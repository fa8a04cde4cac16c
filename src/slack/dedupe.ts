import type { SlackDeps } from "./deps.ts";

/** Slack re-sends an event it thinks was not acknowledged in time (x-slack-retry-num), with the
 * same event_id. The first delivery claims the id; later ones are dropped, on any instance. */
export async function firstDelivery(deps: SlackDeps, eventId: string | undefined, retryNum?: number): Promise<boolean> {
  if (!eventId) return true;
  const first = await deps.store.claim(`slack-event:${eventId}`, 24 * 60 * 60_000);
  if (!first) deps.logger.info({ eventId, retryNum }, "dropped a repeated Slack event");
  return first;
}
