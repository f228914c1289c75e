/**
 * Adapter (background): runs the one timer writer (lib/timer/writer.ts). The panel, the docked
 * panel and the overlay on a meeting page send it timer commands (lib/timer/commands.ts); it
 * writes the meeting's timing and the live state for meeting pages, in that order, one command
 * at a time. Who may send what: lib/sender.ts.
 */
import { browser } from 'wxt/browser';
import { isExtensionPage, mayAsk } from '../sender';
import { announcing } from '../store/announce';
import { storageChangeFeed } from '../store/storage-feed';
import { isTimerMessage, type TimerReply } from '../timer/commands';
import { timerWriter } from '../timer/writer';
import { liveStore, type StorageLike } from './live-store';
import { backgroundStores } from './repo-server';
import { settingsStore } from './settings';

export function wireTimerServer(): void {
  const api = browser as unknown as StorageLike;
  const settings = settingsStore(api);
  const changes = storageChangeFeed(api);
  const live = liveStore(api);
  const writer = timerWriter({
    // Its saves are announced to every open view, as the timer's (lib/store/announce.ts).
    meetings: {
      get: async (id) => (await backgroundStores()).meetings.get(id),
      save: async (base, local) =>
        announcing(await backgroundStores(), changes, 'timer').meetings.save(base, local),
    },
    live,
    alerts: async () => (await settings.read()).alerts,
    now: Date.now,
  });
  // A stop between the writer's two writes leaves the live state behind the record: at browser
  // start, rebuild it from the record before a meeting page shows it.
  browser.runtime.onStartup.addListener(async () => {
    const meetingId = (await live.read())?.meetingId;
    if (meetingId) {
      await writer.apply(
        { type: 'timer', command: { type: 'refresh', meetingId }, from: 'background' },
        'extension page',
      );
    }
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isTimerMessage(message)) return undefined;
    const id = browser.runtime.id;
    if (!mayAsk('timer', sender, id)) {
      return Promise.resolve<TimerReply>({ ok: false, reason: 'refused' });
    }
    return writer.apply(message, isExtensionPage(sender, id) ? 'extension page' : 'meeting page');
  });
}
