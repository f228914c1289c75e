/**
 * Adapter (background): runs the outbox (lib/outbox/runner.ts) at start-up, on install, on the
 * `outbox:run` alarm and when a page says it queued something (OUTBOX_RUN). Runs are serialised
 * in this worker (one at a time, one more queued behind it), which is what lets the runner read
 * any `sending` it finds as cut off by a dead worker. After a run, the alarm is set for the next
 * queued message's time (backoff, pace), or cleared when nothing is queued. When the last part
 * of approved minutes is posted, the meeting's version is marked as sent (lib/outbox/distribution.ts).
 */
import { browser } from 'wxt/browser';
import { recordSent } from '../distribution';
import { recordSentMinutes } from '../outbox/distribution';
import { runOutbox, type RunReport } from '../outbox/runner';
import { OUTBOX_ALARM, OUTBOX_RUN } from '../outbox/protocol';
import { robotChannel } from '../robots/channel';
import { outboxStore } from '../store/outbox';
import { readGroup } from './robot-groups';
import { shelves } from './shelf';
import { webdavChannel } from '../webdav/channel';
import { webdavConnect } from './webdav-send';

/** Chrome fires alarms no sooner than 30 s after they are set (MV3); a shorter wait is rounded up. */
const MIN_ALARM_MS = 30_000;

export function wireOutbox(): () => Promise<RunReport | null> {
  const store = outboxStore();
  const channels = {
    robot: robotChannel({
      getGroup: (id) => readGroup(browser, id),
      fetch: (...args) => fetch(...args),
      now: () => Date.now(),
      mayPost: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    }),
    // The shared folder's archive files: the password read at send time.
    webdav: webdavChannel(webdavConnect((...args) => fetch(...args))),
  };
  // Minutes posted to a group are marked as sent here, in the background: the page that queued
  // them may be closed by the time the last part goes out.
  const onBatchSent = recordSentMinutes({
    group: (id) => readGroup(browser, id),
    // The version store's own write (lib/distribution.ts), without its parsers of whole meetings.
    record: (meetingId, mark) => recordSent(shelves(browser).distributions, meetingId, mark),
  });
  let current: Promise<RunReport | null> = Promise.resolve(null);
  let queued: Promise<RunReport | null> | null = null;
  const run = (): Promise<RunReport | null> => {
    queued ??= current.then(async () => {
      queued = null;
      try {
        const report = await runOutbox({
          store,
          channels,
          now: () => Date.now(),
          onBatchSent,
        });
        await browser.alarms.clear(OUTBOX_ALARM);
        if (report.nextAt !== null) {
          await browser.alarms.create(OUTBOX_ALARM, {
            when: Math.max(report.nextAt, Date.now() + MIN_ALARM_MS),
          });
        }
        return report;
      } catch (e) {
        console.warn('outbox:', (e as Error)?.name);
        return null;
      }
    });
    current = queued;
    return queued;
  };
  browser.runtime.onStartup.addListener(() => void run());
  browser.runtime.onInstalled.addListener(() => void run());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void run();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: unknown } | null)?.type !== OUTBOX_RUN) return undefined;
    // Only the extension's own pages queue messages.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) {
      return undefined;
    }
    return run().then((report) => (report ? { sent: report.sent.length } : null));
  });
  return run;
}
