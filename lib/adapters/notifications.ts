/**
 * Adapter: alarms and notifications for the timer (background only). Alarms are recreated from
 * the live state whenever it changes and when the browser starts; they hold no state themselves.
 */
import { browser } from 'wxt/browser';
import { liveStore, type StorageLike } from './live-store';
import { ALARM_PREFIX, alertStillDue, plannedAlerts } from '../timer/alerts';
import { overlayText } from '../timer/overlay-messages';

export function wireTimerNotifications(now: () => number = Date.now): void {
  const live = liveStore(browser as unknown as StorageLike);

  const reschedule = async () => {
    const alarms = await browser.alarms.getAll();
    await Promise.all(
      alarms
        .filter((a) => a.name.startsWith(ALARM_PREFIX))
        .map((a) => browser.alarms.clear(a.name)),
    );
    for (const a of plannedAlerts(await live.read(), now())) {
      await browser.alarms.create(a.name, { when: a.when });
    }
  };

  live.watch(() => void reschedule());
  browser.runtime.onStartup.addListener(() => void reschedule());
  browser.runtime.onInstalled.addListener(() => void reschedule());
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (!alarm.name.startsWith(ALARM_PREFIX)) return;
    const state = await live.read();
    const title = alertStillDue(state, alarm.name, now());
    if (title === null || !state) return;
    if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
    const key = alarm.name.endsWith(':warning') ? 'notifyWarning' : 'notifyOverrun';
    await browser.notifications.create(alarm.name, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: browser.i18n.getMessage('extName'),
      message: overlayText(state.locale, key, '', title),
    });
  });
}
