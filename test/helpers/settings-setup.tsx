import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Services } from '../../components/ui/context';
import { ReviewContext } from '../../components/review/context';
import { SettingsPage, type SettingsDeps } from '../../components/settings/SettingsPage';
import { TrackerContext } from '../../components/tracker/context';
import type { StorageLike } from '../../lib/adapters/live-store';
import { planVersionStore } from '../../lib/adapters/plan-versions';
import { trackerPrefs } from '../../lib/adapters/tracker-prefs';
import { reviewServices } from '../../lib/adapters/review-services';
import type { WebDavServices } from '../../lib/adapters/webdav';
import type { SyncServices } from '../../lib/sync/status';
import type { Locale } from '../../lib/i18n';
import { fakeSync } from './fake-sync';
import { renderWithEnv } from './render';
import { testShelves } from './shelves';

/** The settings page as entrypoints/options/main.tsx wires it, on fakeBrowser and fake-indexeddb. */
export async function renderSettings(
  options: {
    locale?: Locale;
    services?: Partial<Services>;
    deps?: Partial<SettingsDeps>;
    /** The shared folder's services on this page's storage (permissions and fetch faked). */
    webdav?: (api: StorageLike) => WebDavServices;
    /** The sync as the background answers it (test/helpers/fake-sync.ts; off by default). */
    sync?: SyncServices;
  } = {},
) {
  fakeBrowser.reset();
  const api = fakeBrowser as unknown as StorageLike;
  const shelves = testShelves(api);
  const review = reviewServices(
    api,
    shelves,
    options.webdav?.(api),
    options.sync ?? fakeSync().services,
  );
  const tracker = { prefs: trackerPrefs(api), versions: planVersionStore(shelves) };
  const downloads: { name: string; data: Blob }[] = [];
  const deps: SettingsDeps = {
    requestHost: async () => true,
    removeHost: async () => true,
    storageStatus: async () => ({ usage: 1048576, persisted: true }),
    clearAll: async () => {},
    ...options.deps,
  };
  const view = await renderWithEnv(
    <ReviewContext.Provider value={review}>
      <TrackerContext.Provider value={tracker}>
        <SettingsPage deps={deps} />
      </TrackerContext.Provider>
    </ReviewContext.Provider>,
    {
      locale: options.locale ?? 'en',
      services: {
        now: () => new Date('2026-03-02T09:00:00.000Z'),
        download: (data, name) => void downloads.push({ data, name }),
        ...options.services,
      },
    },
  );
  return { ...view, review, tracker, downloads };
}
