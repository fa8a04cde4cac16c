import { IANAZone } from "luxon";
import { cacheZone, getCachedZone } from "../service/fieldwork-settings.ts";
import { claimDueReminders, reminded, unclaim, type Reminder } from "../service/reminders.ts";
import { buildReminderMessage } from "./blocks/reminder.ts";
import type { Ctx } from "./deps.ts";

/** A person's time zone from their Slack profile (users.info, cached a day); the team's when
 * Slack does not say or cannot be asked. */
export function zoneFinder(ctx: Ctx, fallback: string): (user: string) => Promise<string> {
  return async (user) => {
    const cached = await getCachedZone(ctx.deps.store, user);
    // "" remembers that Slack gave no zone, so the profile is not asked again on every tick.
    if (cached !== undefined) return cached || fallback;
    try {
      const info = await ctx.client.users.info({ user });
      const tz = info.user?.tz && IANAZone.isValidZone(info.user.tz) ? info.user.tz : "";
      await cacheZone(ctx.deps.store, user, tz);
      return tz || fallback;
    } catch (error) {
      ctx.deps.logger.warn({ err: error, user }, "could not read a person's time zone; using the team's");
    }
    return fallback;
  };
}

/** The thread's link, for the button that opens it. */
async function linkTo(ctx: Ctx, thread: Reminder["cases"][number]["thread"]): Promise<string | undefined> {
  if (!thread) return undefined;
  const found = await ctx.client.chat.getPermalink({ channel: thread.channel, message_ts: thread.ts }).catch(() => undefined);
  return found?.permalink;
}

/** Sends every reminder due now (once across instances); returns who got one. */
export async function sendReminders(ctx: Ctx, now: string, fallbackZone: string): Promise<Reminder[]> {
  const { due } = await claimDueReminders(ctx.deps.store, now, zoneFinder(ctx, fallbackZone));
  const sent: Reminder[] = [];
  for (const reminder of due) {
    try {
      const cases = await Promise.all(reminder.cases.map(async (c) => ({ ...c, link: await linkTo(ctx, c.thread) })));
      // A user id as the channel posts in the app's direct messages with that person.
      await ctx.client.chat.postMessage({ channel: reminder.user, ...buildReminderMessage(cases) });
      await reminded(ctx.deps.store, reminder);
      sent.push(reminder);
    } catch (error) {
      ctx.deps.logger.error({ err: error, user: reminder.user }, "could not send a reminder");
      await unclaim(ctx.deps.store, reminder).catch(() => {});
    }
  }
  return sent;
}
