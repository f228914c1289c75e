/**
 * When robot messages that are not a user's click go out: each group's weekly digest (its day
 * and time, in the user's zone) and which groups a due-date reminder posts to. Pure, like
 * lib/plan/reminders.ts, so the background (stopped after ~30 s idle) recomputes it at every
 * wake-up and a digest missed while the browser was closed goes out once when it is back.
 */
import { addDays, dayIn, weekday, zonedTime } from '../plan/calendar';
import type { ActionItem } from '../schema';
import type { RobotPrefs } from './groups';
import type { DigestSchedule, RobotGroup } from './types';

const at = (day: string, time: string, timeZone: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return zonedTime(day, h, timeZone) + m * 60_000;
};

/** The digest's latest scheduled instant at or before `now` (epoch ms). */
export function lastDigestAt(digest: DigestSchedule, now: number, timeZone: string): number {
  const today = dayIn(now, timeZone);
  for (let back = 0; back <= 7; back++) {
    const day = addDays(today, -back);
    if (weekday(day) !== digest.day) continue;
    const when = at(day, digest.time, timeZone);
    if (when <= now) return when;
  }
  return at(addDays(today, -7), digest.time, timeZone); // unreachable: a week has every weekday
}

/** The digest's next scheduled instant after `now`. */
export function nextDigestAt(digest: DigestSchedule, now: number, timeZone: string): number {
  return lastDigestAt(digest, now, timeZone) + 7 * 86_400_000;
}

/**
 * Whether a group's digest is due now: its latest scheduled time passed after the last digest
 * posted (or first checked). With no record yet nothing is due: adding a group on a Monday
 * afternoon does not post the Monday-morning digest at once. Returns the scheduled instant.
 */
export function digestDue(
  digest: DigestSchedule | null,
  lastRunAt: number | null,
  now: number,
  timeZone: string,
): number | null {
  if (!digest || lastRunAt === null) return null;
  const when = lastDigestAt(digest, now, timeZone);
  return when > lastRunAt ? when : null;
}

const seriesKey = (s: string) => s.trim().toLowerCase();

/**
 * The items a group's messages are about: those of the series whose default group it is; a
 * group that is no series' default (one team, one group) gets every item.
 */
export function itemsForGroup(
  items: readonly ActionItem[],
  groupId: string,
  prefs: RobotPrefs,
): ActionItem[] {
  const series = prefs.seriesDefaults
    .filter((d) => d.group === groupId)
    .map((d) => seriesKey(d.series));
  if (!series.length) return [...items];
  return items.filter((i) => series.includes(seriesKey(i.series)));
}

/**
 * The groups a due-date or overdue reminder of `item` posts to: the groups with reminders on;
 * when the item's series has a default group, only that one (if its reminders are on), so a
 * project's reminders do not go to another team's group.
 */
export function reminderGroupsFor(
  item: Pick<ActionItem, 'series'>,
  groups: readonly Pick<RobotGroup, 'id'>[],
  prefs: RobotPrefs,
): string[] {
  const on = groups.map((g) => g.id).filter((id) => prefs.reminderGroups.includes(id));
  const key = seriesKey(item.series);
  const own = prefs.seriesDefaults.find(
    (d) => seriesKey(d.series) === key && groups.some((g) => g.id === d.group),
  );
  if (key && own) return on.includes(own.group) ? [own.group] : [];
  return on;
}
