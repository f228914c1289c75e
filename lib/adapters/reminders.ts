/**
 * Adapter (background): action-item reminders and the overdue badge (计划跟进: 截止前一天提醒).
 *
 * The worker keeps no state between wake-ups. Each run reads every item, recomputes the whole
 * schedule with lib/plan/reminders.ts and reconciles the `reminder:*` alarms with it (named with
 * `reminderName`, at most MAX_ALARMS ahead: Chrome caps active alarms at 500). Notifications are
 * not sent from the alarm itself: every run fires what fell in (lastRunAt, now], one per item, and
 * moves lastRunAt on first. So an alarm, a browser start after days away, or two runs racing
 * all fire a reminder once, and reminders missed while the browser was closed fire once when
 * it opens. Runs happen at start-up/install, on every alarm, on an `actionItems` change message
 * (the storage change feed), on a change of the settings, and just after local midnight (the
 * badge counts days). Notifications use the optional permission and are skipped without it; the
 * badge always works. Notifications themselves: reminder-notify.ts; preferences: tracker-prefs.ts.
 */
import { browser } from 'wxt/browser';
import type { Locale } from '../i18n';
import { addDays, dayIn, zonedTime } from '../plan/calendar';
import {
  badgeCount,
  missedReminders,
  planReminders,
  reminderName,
  type Reminder,
} from '../plan/reminders';
import type { ActionItem } from '../schema';
import { ActionItemRepo } from '../store/action-items';
import { openMinutesDB } from '../store/db';
import { concerns, parseChange } from '../store/changes';
import type { StorageLike } from './live-store';
import { notify, trackerUrlFor, type Notifications } from './reminder-notify';
import { settingsStore } from './settings';
import { guarded, storageItem } from './storage-item';
import { REMINDER_SETTINGS_KEY, trackerPrefs } from './tracker-prefs';

export const LAST_RUN_KEY = 'reminderLastRunAt';
export const REFRESH_ALARM = 'reminders:refresh';
const MAX_ALARMS = 100;

const isTime = (raw: unknown): raw is number => typeof raw === 'number' && Number.isFinite(raw);
const lastRunItem = (api: Pick<StorageLike, 'storage'>) =>
  storageItem<number | null>(api, LAST_RUN_KEY, guarded(isTime), () => null);

type Listener<F> = { addListener(fn: F): void };
interface Badge {
  setBadgeText(d: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(d: { color: string }): Promise<void> | void;
}
/** The slice of the extension API this adapter uses (tests pass `fakeBrowser`). */
export interface ReminderApi {
  storage: StorageLike['storage'];
  alarms: {
    getAll(): Promise<{ name: string }[]>;
    clear(name: string): Promise<boolean>;
    create(name: string, info: { when: number }): Promise<void> | void;
    onAlarm: Listener<(alarm: { name: string }) => void>;
  };
  runtime: {
    getURL(path: string): string;
    onStartup: Listener<() => void>;
    onInstalled: Listener<() => void>;
  };
  action?: Badge;
  browserAction?: Badge;
  notifications?: Notifications;
  permissions: {
    contains(p: { permissions: string[] }): Promise<boolean>;
    onAdded?: Listener<(p: { permissions?: string[] }) => void>;
  };
  tabs: { create(p: { url: string }): Promise<unknown> };
}

export interface ReminderEnv {
  api: ReminderApi;
  loadItems: () => Promise<ActionItem[]>;
  now: () => Date;
  timeZone: () => string;
  locale: () => Locale | Promise<Locale>;
  /**
   * The reminders that fired also go to the groups with reminders on (robot-schedule.ts): the
   * outbox keeps them, so this run's once-per-item rule also holds for the group.
   */
  toGroups?: (fired: Reminder[], items: ActionItem[]) => Promise<unknown>;
}

export interface RunReport {
  badge: number;
  /** Notification ids shown (none without the permission). */
  notified: string[];
  /** Reminders found in (lastRunAt, now]. */
  missed: Reminder[];
  scheduled: string[];
}

/** One reconciliation: badge, missed reminders, alarms. */
export async function runReminders(env: ReminderEnv): Promise<RunReport> {
  const { api } = env;
  const now = env.now();
  const zone = env.timeZone();
  const lastRun = lastRunItem(api);
  const lastRunAt = await lastRun.read();
  const [items, settings] = await Promise.all([env.loadItems(), trackerPrefs(api).readReminders()]);

  const badge = badgeCount(items, now, zone);
  const action = api.action ?? api.browserAction;
  await action?.setBadgeText({ text: badge > 0 ? String(badge) : '' });
  await action?.setBadgeBackgroundColor({ color: '#b42318' });

  const all = planReminders(items, settings, zone);
  const missed = missedReminders(all, lastRunAt, now.getTime());
  // Moved on before notifying: a run cut short never shows the same reminder twice. With no
  // items there is nothing to remember (after delete-everything, no key is left behind).
  await (items.length ? lastRun.write(now.getTime()) : lastRun.remove());
  const notified = await notify(api, env.locale, missed, items);
  await env.toGroups?.(missed, items).catch((e: unknown) => console.warn('reminders:', e));

  const ahead = all.filter((r) => r.when > now.getTime()).slice(0, MAX_ALARMS);
  const wanted = new Set(ahead.map(reminderName));
  const existing = (await api.alarms.getAll()).filter((a) => a.name.startsWith('reminder:'));
  const have = new Set(existing.map((a) => a.name));
  await Promise.all(
    existing.filter((a) => !wanted.has(a.name)).map((a) => api.alarms.clear(a.name)),
  );
  for (const r of ahead)
    if (!have.has(reminderName(r))) await api.alarms.create(reminderName(r), { when: r.when });
  // Just after the next local midnight: items become overdue by the calendar, not by an event.
  const midnight = zonedTime(addDays(dayIn(now, zone), 1), 0, zone) + 60_000;
  await api.alarms.create(REFRESH_ALARM, { when: midnight });
  return { badge, notified, missed, scheduled: [...wanted] };
}

/**
 * The UI's language in the worker: the user's setting, else the browser's (lib/i18n's pickLocale
 * is not imported: it would bundle both UI catalogues into the worker).
 */
export async function uiLocale(api: Pick<StorageLike, 'storage'>): Promise<Locale> {
  const { language } = await settingsStore(api).read();
  if (language !== 'auto') return language;
  const lang = navigator.languages.find((l) => /^(zh|en)\b/i.test(l)) ?? 'en';
  return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * Registers the listeners (synchronously, so events wake the worker). Returns `run` for tests;
 * concurrent triggers are coalesced into one run after the current one.
 */
export function wireReminders(overrides: Partial<ReminderEnv> = {}): () => Promise<void> {
  const api = overrides.api ?? (browser as unknown as ReminderApi);
  let db: ReturnType<typeof openMinutesDB> | null = null;
  const env: ReminderEnv = {
    api,
    loadItems: async () => {
      db ??= openMinutesDB();
      return (await new ActionItemRepo(await db).listAll()).items;
    },
    now: () => new Date(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: () => uiLocale(api),
    ...overrides,
  };

  let current: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  const run = (): Promise<void> => {
    queued ??= current.then(() => {
      queued = null;
      return runReminders(env).then(
        () => {},
        (e: unknown) => console.warn('reminders:', e),
      );
    });
    current = queued;
    return queued;
  };

  let clicks = false;
  const listenForClicks = () => {
    if (clicks || !api.notifications) return;
    clicks = true;
    api.notifications.onClicked.addListener((id) => {
      const url = trackerUrlFor(id);
      if (!url) return;
      void api.tabs.create({ url: api.runtime.getURL(url) });
      void api.notifications?.clear(id);
    });
  };
  listenForClicks();
  api.permissions.onAdded?.addListener((p) => {
    if (p.permissions?.includes('notifications')) listenForClicks();
  });

  api.runtime.onStartup.addListener(() => void run());
  api.runtime.onInstalled.addListener(() => void run());
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith('reminder:') || alarm.name === REFRESH_ALARM) void run();
  });
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    // The change feed (lib/store/storage-feed.ts): an item written, or everything (a reset).
    const change = parseChange(changes.change?.newValue);
    if ((change && concerns(change, 'actionItems')) || REMINDER_SETTINGS_KEY in changes) void run();
  });
  return run;
}
