/**
 * Adapter (background): the system notifications of action-item reminders, and where a click on
 * one leads. The schedule and the runs are in reminders.ts.
 */
import type { Locale } from '../i18n';
import { planNotifyEn } from '../i18n/features/plan.en';
import { planNotifyZhCN } from '../i18n/features/plan.zh-CN';
import { effectiveDue } from '../plan/due';
import type { Reminder } from '../plan/reminders';
import type { ActionItem } from '../schema';

export const NOTIFICATION_PREFIX = 'plan-item:';
export const SUMMARY_NOTIFICATION = 'plan-items';
/** More missed reminders than this at once become one summary notification. */
const MAX_SINGLE = 3;

type Listener<F> = { addListener(fn: F): void };
export interface Notifications {
  create(id: string, o: Record<string, unknown>): Promise<string>;
  clear(id: string): Promise<boolean>;
  onClicked: Listener<(id: string) => void>;
}
/** The slice of the extension API notifying needs. */
export interface NotifyApi {
  runtime: { getURL(path: string): string };
  notifications?: Notifications;
  permissions: { contains(p: { permissions: string[] }): Promise<boolean> };
}

/**
 * Shows the reminders that fell due, in the UI's language: one per item, or one summary when
 * there are more than MAX_SINGLE. Returns the notification ids shown (none without the
 * optional permission).
 */
export async function notify(
  api: NotifyApi,
  locale: () => Locale | Promise<Locale>,
  missed: Reminder[],
  items: ActionItem[],
): Promise<string[]> {
  if (missed.length === 0 || !api.notifications || !(await granted(api))) return [];
  const lang = await locale();
  const text = lang === 'zh-CN' ? planNotifyZhCN : planNotifyEn;
  const fill = (s: string, p: Record<string, string | number>) =>
    s.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m));
  const base = { type: 'basic', iconUrl: api.runtime.getURL('/icon/128.png') };
  if (missed.length > MAX_SINGLE) {
    await api.notifications.create(SUMMARY_NOTIFICATION, {
      ...base,
      title: fill(text['plan.notify.summary'], { n: missed.length }),
      message: text['plan.notify.summaryBody'],
    });
    return [SUMMARY_NOTIFICATION];
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  const shown: string[] = [];
  for (const r of missed) {
    const item = byId.get(r.itemId);
    if (!item) continue;
    const date = formatDay(effectiveDue(item) ?? '', lang);
    const id = NOTIFICATION_PREFIX + item.id;
    await api.notifications.create(id, {
      ...base,
      title: fill(text[r.kind === 'overdue' ? 'plan.notify.overdue' : 'plan.notify.dueSoon'], {
        date,
      }),
      message: item.ownerName.trim()
        ? fill(text['plan.notify.owner'], { task: item.task, owner: item.ownerName })
        : item.task,
    });
    shown.push(id);
  }
  return shown;
}

async function granted(api: NotifyApi): Promise<boolean> {
  try {
    return await api.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

function formatDay(day: string, locale: Locale): string {
  const at = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(at)) return day;
  const f = { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' } as const;
  return new Intl.DateTimeFormat(locale, f).format(at);
}

/** Where a click on a reminder leads: the item in the tracker, or the overdue list. */
export function trackerUrlFor(notificationId: string): string | null {
  if (notificationId === SUMMARY_NOTIFICATION) return '/tracker.html#due=overdue';
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
  return `/tracker.html#item=${encodeURIComponent(notificationId.slice(NOTIFICATION_PREFIX.length))}`;
}
