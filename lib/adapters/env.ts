/**
 * Builds what every extension page needs (panel, tracker, print view, settings, welcome): the UI
 * language, its messages, and the services — one adapter per browser API, each built here once.
 * Pages only render; tests build the same shape with fakes (test/helpers/render.tsx).
 */
import { browser } from 'wxt/browser';
import type { Env } from '../env';
import { loadTranslate } from '../i18n/load';
import { pickLocale, resolveLocale } from '../i18n/locale';
import { newId } from '../schema';
import { ActionItemRepo } from '../store/action-items';
import { isQuotaError, openMinutesDB } from '../store/db';
import { MeetingRepo } from '../store/meetings';
import { announcing } from '../store/announce';
import { remoteStores, type Stores } from '../store/remote';
import { storageChangeFeed } from '../store/storage-feed';
import { copyText } from './clipboard';
import { liveStore, type StorageLike } from './live-store';
import { onPageChange, pageHints } from './page-hints-client';
import { requestNotifications } from './permissions';
import { settingsStore } from './settings';
import { timerClient } from '../timer/commands';

const files = () => import('./files');

export async function buildEnv(): Promise<Env> {
  const api = browser as unknown as StorageLike;
  const settings = settingsStore(api);
  // Start-up runs in parallel, not in a chain: the store opens and the catalogue of the
  // browser's language loads while the settings are read. Only a user whose chosen language
  // differs from the browser's waits for a second catalogue. (Measured: ~30 ms of panel start.)
  const guess = pickLocale(navigator.languages);
  const guessed = loadTranslate(guess);
  guessed.catch(() => {}); // awaited below when used; not an unhandled rejection otherwise
  const stores = openStores();
  const changes = storageChangeFeed(api);
  const viewId = newId();
  const locale = resolveLocale((await settings.read()).language, navigator.languages);
  document.documentElement.lang = locale;
  return {
    locale,
    t: await (locale === guess ? guessed : loadTranslate(locale)),
    services: {
      // Every write through these stores is announced to the other views, as this view's.
      ...announcing(await stores, changes, viewId),
      changes,
      viewId,
      now: () => new Date(),
      isQuotaError,
      live: liveStore(api),
      // The background writes the timer (lib/adapters/timer-server.ts), also for a docked panel.
      timer: timerClient((message) => browser.runtime.sendMessage(message), viewId),
      settings,
      // Loaded when a threshold first chimes, not at start-up (test/build/budgets.test.ts).
      chime: (kind) => void import('./chime').then((m) => m.chime(kind)),
      requestNotifications,
      copyText,
      pageHints,
      onPageChange,
      // Loaded on first use, like the exporters that come before a download (start-up budget).
      download: (data, filename) => void files().then((m) => m.download(data, filename)),
      copyRich: (html, text) => files().then((m) => m.copyRich(html, text)),
      openPage: (path) => void files().then((m) => m.openPage(path)),
    },
  };
}

/** IndexedDB here, or through the background when this frame is denied it (third-party frame). */
async function openStores(): Promise<Stores> {
  try {
    const db = await openMinutesDB();
    return { meetings: new MeetingRepo(db), items: new ActionItemRepo(db) };
  } catch {
    return remoteStores((call) => browser.runtime.sendMessage(call));
  }
}
