/**
 * Calendar days and wall-clock time in an IANA zone, without a date library.
 *
 * Due dates are days (`YYYY-MM-DD`), not moments; "today", "this week" and "09:00 the day before"
 * only mean something in the user's zone. Intl gives us the wall clock of an instant in any zone;
 * the reverse (the instant of "day D at hour H in zone Z") is found by guessing with UTC and
 * correcting by the zone's offset, checking the offsets on both sides of a possible DST change.
 * Day arithmetic runs on UTC dates, where every day has 24 hours.
 */
import { workingDaysBefore } from '../workdays';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of `epoch` in `timeZone`, read as if it were UTC (ms). */
function wallAsUtc(epoch: number, timeZone: string): number {
  const n: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(epoch)) n[p.type] = Number(p.value);
  return Date.UTC(n.year!, n.month! - 1, n.day!, n.hour! % 24, n.minute!, n.second!);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `epoch` (ms; +8 h for Asia/Shanghai). */
export function zoneOffset(epoch: number, timeZone: string): number {
  const whole = Math.floor(epoch / 1000) * 1000; // Intl has no milliseconds
  return wallAsUtc(whole, timeZone) - whole;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const fromUtc = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The calendar day `now` falls on in `timeZone`. */
export function dayIn(now: Date | number, timeZone: string): string {
  const epoch = typeof now === 'number' ? now : now.getTime();
  return fromUtc(epoch + zoneOffset(epoch, timeZone));
}

export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(toUtc(day)).getUTCDay();
}

export const isWorkingDay = (day: string) => weekday(day) !== 0 && weekday(day) !== 6;

/** The Monday of `day`'s week (weeks start on Monday, as in China and most of Europe). */
export function weekStart(day: string): string {
  return addDays(day, -((weekday(day) + 6) % 7));
}

/** `n` working days before `day` (lib/workdays.ts decides what a working day is). */
export function workingDaysBeforeDay(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const local = workingDaysBefore(new Date(y, m - 1, d), n);
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/**
 * The instant at which the wall clock in `timeZone` shows `hour`:00 on `day`. The offsets a day
 * before and after bracket any DST change: a time that happens twice is its first occurrence, a
 * time in the spring-forward gap is moved on by the gap (both as Temporal's "compatible" does).
 */
export function zonedTime(day: string, hour: number, timeZone: string): number {
  const guess = toUtc(day) + hour * 3_600_000;
  const before = zoneOffset(guess - DAY_MS, timeZone);
  const after = zoneOffset(guess + DAY_MS, timeZone);
  const valid = [guess - before, guess - after].filter(
    (t) => t + zoneOffset(t, timeZone) === guess,
  );
  return valid.length > 0 ? Math.min(...valid) : guess - before;
}
