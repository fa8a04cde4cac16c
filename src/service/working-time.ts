import { DateTime } from "luxon";

/** Local dates and times in a person's or the team's time zone (luxon does the daylight-saving
 * arithmetic). Dates are ISO `YYYY-MM-DD` in that zone. */
export const localNow = (now: string, zone: string): DateTime => DateTime.fromISO(now, { zone: "utc" }).setZone(zone);

export const isWeekend = (day: DateTime): boolean => day.weekday >= 6;

/** Working days (Monday to Friday) after `from` up to and including `to`; negative when `to`
 * is earlier. Dates only; counted day by day, as fieldwork spans weeks, not years. */
export function workingDaysBetween(from: string, to: string): number {
  const a = DateTime.fromISO(from, { zone: "utc" });
  const b = DateTime.fromISO(to, { zone: "utc" });
  const [start, end, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let d = start.plus({ days: 1 }); d <= end; d = d.plus({ days: 1 })) if (!isWeekend(d)) count++;
  return sign * count;
}

/** Minutes since local midnight of an `HH:MM`. */
export const minutesOf = (time: string): number => {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
};
