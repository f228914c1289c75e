import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { trackerUrlFor } from '../../../lib/adapters/reminder-notify';
import {
  LAST_RUN_KEY,
  REFRESH_ALARM,
  runReminders,
  wireReminders,
  type ReminderApi,
  type ReminderEnv,
} from '../../../lib/adapters/reminders';
import { REMINDER_SETTINGS_KEY, trackerPrefs } from '../../../lib/adapters/tracker-prefs';
import { planNotifyEn } from '../../../lib/i18n/features/plan.en';
import { planNotifyZhCN } from '../../../lib/i18n/features/plan.zh-CN';
import { parseReminderName } from '../../../lib/plan/reminders';
import type { ActionItem } from '../../../lib/schema';
import { makeItem } from '../../helpers/items';

const SH = 'Asia/Shanghai';
const at = (iso: string) => new Date(iso);

/** The fake browser with a notifications permission the test decides. */
function fakeApi(granted = true) {
  const onAdded: ((p: { permissions?: string[] }) => void)[] = [];
  const api = {
    ...fakeBrowser,
    permissions: {
      contains: async () => granted,
      onAdded: { addListener: (fn: (p: { permissions?: string[] }) => void) => onAdded.push(fn) },
    },
  } as unknown as ReminderApi;
  return { api, onAdded };
}

function env(items: ActionItem[], now: string, over: Partial<ReminderEnv> = {}): ReminderEnv {
  return {
    api: fakeApi().api,
    loadItems: async () => items,
    now: () => at(now),
    timeZone: () => SH,
    locale: () => 'en',
    ...over,
  };
}

const notifications = () => fakeBrowser.notifications.getAllCreateOptions();
const badge = () => fakeBrowser.action.getBadgeText({});
const reminderAlarms = async () =>
  (await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith('reminder:'));

// Thursday 5 March 2026, 10:00 in Shanghai.
const NOW = '2026-03-05T02:00:00Z';
const a = makeItem({ id: 'a', task: '提交成本报告', ownerName: '王五', dueDate: '2026-03-06' });
const b = makeItem({ id: 'b', task: '优化落地页引导', ownerName: '张三', dueDate: '2026-03-03' });
const done = makeItem({ id: 'c', status: 'done', dueDate: '2026-03-01' });
const delayed = makeItem({
  id: 'd',
  status: 'delayed',
  dueDate: '2026-03-02',
  delayReason: '供应商报价未到',
  revisedDueDate: '2026-03-20',
});

beforeEach(() => fakeBrowser.reset());

describe('reminders in the background', () => {
  it('the badge counts open items past their (adjusted) due day, and nothing when none', async () => {
    await runReminders(env([a, b, done, delayed], NOW));
    expect(await badge()).toBe('1');
    await runReminders(env([a, done, delayed], NOW));
    expect(await badge()).toBe('');
  });

  it('schedules the reminders still ahead as alarms named per lib/plan/reminders, plus a refresh after midnight', async () => {
    await fakeBrowser.alarms.create('reminder:dueSoon:1:gone', { when: 1 });
    await fakeBrowser.alarms.create('timer:topic:1:warning', { when: 2 });
    const report = await runReminders(env([a, b, delayed], NOW));
    const names = (await reminderAlarms()).map((x) => x.name).sort();
    expect(names).toEqual(report.scheduled.sort());
    expect(names.map((n) => parseReminderName(n))).toEqual(
      expect.arrayContaining([
        // a: overdue the next working day after Friday 6 March: Monday 9 March, 09:00 in Shanghai.
        { kind: 'overdue', itemId: 'a', when: Date.parse('2026-03-09T01:00:00Z') },
        // d is due on its adjusted date: reminded on Thursday 19 March.
        { kind: 'dueSoon', itemId: 'd', when: Date.parse('2026-03-19T01:00:00Z') },
      ]),
    );
    expect(names).not.toContain('reminder:dueSoon:1:gone'); // stale: cleared
    expect(await fakeBrowser.alarms.get('timer:topic:1:warning')).toBeDefined(); // not ours
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.scheduledTime).toBe(
      Date.parse('2026-03-05T16:01:00Z'), // 00:01 on 6 March in Shanghai
    );
  });

  it('with no items it keeps no mark (nothing is left after delete-everything)', async () => {
    await fakeBrowser.storage.local.set({ [LAST_RUN_KEY]: Date.parse('2026-03-02T00:00:00Z') });
    await runReminders(env([], NOW));
    expect(await fakeBrowser.storage.local.get(LAST_RUN_KEY)).toEqual({});
  });

  it('a new install fires nothing for the past; it remembers when it ran', async () => {
    const report = await runReminders(env([a, b], NOW));
    expect(report.missed).toEqual([]);
    expect(notifications()).toEqual({});
    expect((await fakeBrowser.storage.local.get(LAST_RUN_KEY))[LAST_RUN_KEY]).toBe(Date.parse(NOW));
  });

  it('reminders missed while the browser was closed fire once, one per item, the most urgent', async () => {
    // Closed since Monday morning: b's due-soon (Mon) and overdue (Wed) passed, a's due-soon (Thu).
    await fakeBrowser.storage.local.set({ [LAST_RUN_KEY]: Date.parse('2026-03-02T00:00:00Z') });
    const first = await runReminders(env([a, b], NOW));
    expect(first.missed.map((r) => [r.itemId, r.kind])).toEqual([
      ['b', 'overdue'],
      ['a', 'dueSoon'],
    ]);
    expect(Object.keys(notifications()).sort()).toEqual(['plan-item:a', 'plan-item:b']);
    expect(notifications()['plan-item:b']).toMatchObject({
      title: 'Action item overdue (due Tue, Mar 3)',
      message: '优化落地页引导 — owner: 张三',
    });
    expect(notifications()['plan-item:a']).toMatchObject({ title: 'Action item due Fri, Mar 6' });

    // Opened again an hour later: nothing new fell due, nothing fires again.
    await fakeBrowser.notifications.clear('plan-item:a');
    await fakeBrowser.notifications.clear('plan-item:b');
    const again = await runReminders(env([a, b], '2026-03-05T03:00:00Z'));
    expect(again.missed).toEqual([]);
    expect(notifications()).toEqual({});
  });

  it('an alarm going off notifies through the same path, once', async () => {
    await runReminders(env([a], NOW));
    // Monday 9 March 09:00 in Shanghai: a's overdue alarm fires.
    const fired = await runReminders(env([a], '2026-03-09T01:00:00Z'));
    expect(fired.notified).toEqual(['plan-item:a']);
    expect(notifications()['plan-item:a']?.title).toBe('Action item overdue (due Fri, Mar 6)');
    const twice = await runReminders(env([a], '2026-03-09T01:00:30Z'));
    expect(twice.notified).toEqual([]);
  });

  it('many missed reminders become one summary notification that opens the overdue list', async () => {
    await fakeBrowser.storage.local.set({ [LAST_RUN_KEY]: Date.parse('2026-02-01T00:00:00Z') });
    const many = ['p', 'q', 'r', 's', 't'].map((id) => makeItem({ id, dueDate: '2026-03-02' }));
    const report = await runReminders(env(many, NOW, { locale: () => 'zh-CN' }));
    expect(report.notified).toEqual(['plan-items']);
    expect(notifications()['plan-items']?.title).toBe('有 5 个行动项需要跟进');
    expect(trackerUrlFor('plan-items')).toBe('/tracker.html#due=overdue');
  });

  it('without the notifications permission it skips notifications but keeps the badge and the clock', async () => {
    await fakeBrowser.storage.local.set({ [LAST_RUN_KEY]: Date.parse('2026-03-02T00:00:00Z') });
    const report = await runReminders(env([a, b], NOW, { api: fakeApi(false).api }));
    expect(report.missed).toHaveLength(2);
    expect(report.notified).toEqual([]);
    expect(notifications()).toEqual({});
    expect(await badge()).toBe('1');
    expect((await fakeBrowser.storage.local.get(LAST_RUN_KEY))[LAST_RUN_KEY]).toBe(Date.parse(NOW));
  });

  it('follows the reminder settings: off keeps only overdue reminders', async () => {
    await trackerPrefs(fakeBrowser).writeReminders({ lead: 'off', workingDaysOnly: true, hour: 9 });
    const report = await runReminders(env([a, delayed], NOW));
    expect(report.scheduled.every((n) => n.startsWith('reminder:overdue:'))).toBe(true);
  });
});

describe('wiring', () => {
  it('recomputes on start-up, on an actionItems change message and on a settings change', async () => {
    let items = [a, b];
    const run = wireReminders({ ...env([], NOW), loadItems: async () => items });
    await fakeBrowser.runtime.onStartup.trigger();
    await run();
    expect(await badge()).toBe('1');

    items = [a];
    await fakeBrowser.storage.local.set({
      change: { kind: 'saved', store: 'actionItems', id: 'b', rev: 2, from: 'tracker', nonce: 0.5 },
    });
    await run();
    expect(await badge()).toBe('');

    items = [a, b];
    await fakeBrowser.storage.local.set({
      change: { kind: 'saved', store: 'meetings', id: 'm1', rev: 2, from: 'panel', nonce: 0.6 },
    });
    await run(); // a meetings message alone does not recompute...
    await fakeBrowser.storage.local.set({ [REMINDER_SETTINGS_KEY]: { lead: '2days' } });
    await run(); // ...a settings change does
    expect(await badge()).toBe('1');

    // A backup restored or everything deleted (a reset): the badge follows without a call.
    items = [];
    await fakeBrowser.storage.local.set({ change: { kind: 'reset', from: 'settings', nonce: 1 } });
    await expect.poll(() => badge()).toBe('');
  });

  it('a click on a reminder opens the item in the tracker and clears the notification', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    wireReminders(env([], NOW));
    await fakeBrowser.notifications.create('plan-item:a', {
      type: 'basic',
      iconUrl: 'icon.png',
      title: 'x',
      message: 'y',
    });
    await fakeBrowser.notifications.onClicked.trigger('plan-item:a');
    expect(create).toHaveBeenCalledWith({
      url: 'chrome-extension://test-extension-id/tracker.html#item=a',
    });
    expect(notifications()).toEqual({});
    await fakeBrowser.notifications.onClicked.trigger('timer:x:1:overrun'); // not ours
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('speaks the language chosen in the settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'zh-CN' } });
    await fakeBrowser.storage.local.set({ [LAST_RUN_KEY]: Date.parse('2026-03-02T00:00:00Z') });
    const { locale: _default, ...rest } = env([b], NOW);
    const run = wireReminders(rest);
    await run();
    expect(notifications()['plan-item:b']?.title).toBe('行动项已逾期(原定3月3日周二截止)');
  });
});

describe('reminder texts', () => {
  it('both languages have the same keys and placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(planNotifyZhCN).sort()).toEqual(Object.keys(planNotifyEn).sort());
    for (const [key, text] of Object.entries(planNotifyEn)) {
      expect(holes(planNotifyZhCN[key as keyof typeof planNotifyEn]), key).toEqual(holes(text));
    }
  });
});

describe('tracker preferences', () => {
  it('parses the stored settings, falling back to the defaults when damaged', async () => {
    const prefs = trackerPrefs(fakeBrowser);
    expect(await prefs.readReminders()).toEqual({ lead: '1day', workingDaysOnly: true, hour: 9 });
    await fakeBrowser.storage.local.set({ [REMINDER_SETTINGS_KEY]: { lead: 'weekly' } });
    expect((await prefs.readReminders()).lead).toBe('1day');
    await prefs.writeUser('李四');
    expect(await prefs.readUser()).toBe('李四');
  });
});
