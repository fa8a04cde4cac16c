import type { Ctx } from "./deps.ts";
import { sendReminders } from "./reminders.ts";
import { runSchedules, type ScheduleDefaults } from "./schedule.ts";

export const TICK_EVERY_MS = 5 * 60_000;

/** One round of timed work: scheduled posts, then reminders. Every decision is made from `now`,
 * so a test steps a clock through a week instead of waiting. */
export async function tick(ctx: Ctx, now: string, defaults: ScheduleDefaults) {
  const posted = await runSchedules(ctx, now, defaults);
  const reminded = await sendReminders(ctx, now, defaults.zone);
  return { posted, reminded };
}

/** Ticks every `everyMs` until stopped; the timer does not keep the process alive. A failed
 * round is logged and the next one tries again (claims make a retried post harmless). */
export function startTicker(ctx: Ctx, defaults: ScheduleDefaults, clock: () => string, everyMs = TICK_EVERY_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    tick(ctx, clock(), defaults)
      .catch((error) => ctx.deps.logger.error({ err: error }, "a round of reminders and scheduled posts failed"))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  ctx.deps.logger.info({ zone: defaults.zone, everyMs }, "reminders and scheduled posts are running");
  return () => clearInterval(timer);
}
