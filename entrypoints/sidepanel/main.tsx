import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { EnvContext, type Env } from '../../components/context';
import { createTranslate, pickLocale } from '../../lib/i18n';
import { chime } from '../../lib/adapters/chime';
import { copyText } from '../../lib/adapters/clipboard';
import { copyRich, download, openPage } from '../../lib/adapters/files';
import { liveStore, type StorageLike } from '../../lib/adapters/live-store';
import { pageHints } from '../../lib/adapters/page-hints-client';
import { requestNotifications } from '../../lib/adapters/permissions';
import { settingsStore } from '../../lib/adapters/settings';
import { isQuotaError, openMinutesDB } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import { remoteStores, type Stores } from '../../lib/store/remote';
import { ActionItemRepo } from '../../lib/store/action-items';
import { storageChangeFeed } from '../../lib/store/storage-feed';
import { requestPersistentStorage } from '../../lib/store/persist';
import { newId } from '../../lib/schema';
import './style.css';

// The panel page: the side panel, the Firefox sidebar and the docked iframe all load this.
async function main() {
  const locale = pickLocale(navigator.languages);
  document.documentElement.lang = locale;
  const t = createTranslate(locale);
  document.title = t('appTitle');
  void requestPersistentStorage();
  const api = browser as unknown as StorageLike;
  const env: Env = {
    locale,
    t,
    services: {
      ...(await openStores()),
      changes: storageChangeFeed(api),
      viewId: newId(),
      now: () => new Date(),
      isQuotaError,
      live: liveStore(api),
      settings: settingsStore(api),
      chime,
      requestNotifications,
      copyText,
      pageHints,
      download,
      copyRich,
      openPage,
    },
  };
  render(
    <EnvContext.Provider value={env}>
      <App />
    </EnvContext.Provider>,
    document.getElementById('app')!,
  );
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

void main();
