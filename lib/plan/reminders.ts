/**
 * When to remind about action items (会前一天提醒协作方; overdue follow-up), as data.
 *
 * The schedule is a pure function of the items, the settings and the time zone, so the background
 * worker (stopped after ~30 s idle, restarted at will) can recompute it on every wake-up and get
 * the same alarms; `now` only decides which ones are still ahead. Reminders whose time passed
 * while the browser was closed are found with `missedReminders` and fire once, one per item.
 */
import * as z from 'zod/mini';
import type { ActionItem } from '../schema';
import { addDays, dayIn, isWorkingDay, workingDaysBeforeDay, zonedTime } from './calendar';
import { effectiveDue, isOpen, isOverdue } from './due';

export const REMINDER_LEADS = ['off', 'sameDay', '1day', '2days'] as const;
export const ReminderSettings = z.object({
  lead: z._default(z.enum(REMINDER_LEADS), '1day'),
  workingDaysOnly: z._default(z.boolean(), true),
  /** The hour of the day (0–23, in the user's zone) reminders go off. */
  hour: z._default(z.int().check(z.minimum(0), z.maximum(23)), 9),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export type ReminderKind = 'dueSoon' | 'overdue';
export interface Reminder {
  itemId: string;
  kind: ReminderKind;
  /** Epoch ms. */
  when: number;
}

const LEAD_DAYS: Record<ReminderSettings['lead'], number> = {
  off: 0,
  sameDay: 0,
  '1day': 1,
  '2days': 2,
};

/** `n` days before `due`; with working days only, `n` working days and never a weekend. */
function remindDay(due: string, n: number, workingDaysOnly: boolean): string {
  if (!workingDaysOnly) return addDays(due, -n);
  if (n > 0) return workingDaysBeforeDay(due, n);
  let day = due;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** The day after `due`, moved on to the next working day when asked to. */
function overdueDay(due: string, workingDaysOnly: boolean): string {
  let day = addDays(due, 1);
  while (workingDaysOnly && !isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** Every reminder of open items, past ones included, ordered by time (then item, then kind). */
export function planReminders(
  items: readonly ActionItem[],
  settings: ReminderSettings,
  timeZone: string,
): Reminder[] {
  const out: Reminder[] = [];
  const instants = new Map<string, number>(); // many items share a day: ask Intl once per day
  const at = (day: string) => {
    let when = instants.get(day);
    if (when === undefined) instants.set(day, (when = zonedTime(day, settings.hour, timeZone)));
    return when;
  };
  for (const item of items) {
    const due = effectiveDue(item);
    if (!isOpen(item) || due === null) continue;
    if (settings.lead !== 'off') {
      const day = remindDay(due, LEAD_DAYS[settings.lead], settings.workingDaysOnly);
      out.push({ itemId: item.id, kind: 'dueSoon', when: at(day) });
    }
    const day = overdueDay(due, settings.workingDaysOnly);
    out.push({ itemId: item.id, kind: 'overdue', when: at(day) });
  }
  return out.sort(byTime);
}

const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byTime = (a: Reminder, b: Reminder) =>
  a.when - b.when || text(a.itemId, b.itemId) || text(a.kind, b.kind);

/** The reminders still ahead of `now`: what to hand to the alarms API. */
export function remindersToSchedule(
  items: readonly ActionItem[],
  settings: ReminderSettings,
  now: Date,
  timeZone: string,
): Reminder[] {
  return planReminders(items, settings, timeZone).filter((r) => r.when > now.getTime());
}

const URGENCY: Record<ReminderKind, number> = { dueSoon: 0, overdue: 1 };

/**
 * Reminders that fell in (lastRunAt, now] — the browser was closed or the worker asleep — to fire
 * now, once: one per item, the most urgent kind (overdue over due-soon). With no earlier run (a new
 * install) nothing is "missed". The caller stores `now` as the next `lastRunAt`.
 */
export function missedReminders(
  reminders: readonly Reminder[],
  lastRunAt: number | null,
  now: number,
): Reminder[] {
  if (lastRunAt === null) return [];
  const perItem = new Map<string, Reminder>();
  for (const r of reminders) {
    if (r.when <= lastRunAt || r.when > now) continue;
    const seen = perItem.get(r.itemId);
    if (
      !seen ||
      URGENCY[r.kind] > URGENCY[seen.kind] ||
      (r.kind === seen.kind && r.when > seen.when)
    ) {
      perItem.set(r.itemId, r);
    }
  }
  return [...perItem.values()].sort(byTime);
}

/** The number on the toolbar icon: open items past their (adjusted) due day. */
export function badgeCount(items: readonly ActionItem[], now: Date, timeZone: string): number {
  const today = dayIn(now, timeZone);
  return items.reduce((n, item) => n + Number(isOverdue(item, today)), 0);
}

/** Alarm names carry the whole reminder: the worker keeps no state between wake-ups. */
export const reminderName = (r: Reminder) => `reminder:${r.kind}:${r.when}:${r.itemId}`;

export function parseReminderName(name: string): Reminder | null {
  const m = /^reminder:(dueSoon|overdue):(\d+):(.+)$/.exec(name);
  return m ? { kind: m[1] as ReminderKind, when: Number(m[2]), itemId: m[3]! } : null;
}
