import { render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { EnvContext, type Env, type Services } from '../../components/ui/context';
import { createTranslate, type Locale } from '../../lib/i18n';
import { isQuotaError } from '../../lib/store/db';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { liveStore, type StorageLike } from '../../lib/adapters/live-store';
import { settingsStore } from '../../lib/adapters/settings';
import { ActionItemRepo } from '../../lib/store/action-items';
import { announcing } from '../../lib/store/announce';
import type { ChangeFeed } from '../../lib/store/changes';
import { freshRepo, memoryFeed } from './fixtures';
import { localTimer } from './live';

const fakeApi = fakeBrowser as unknown as StorageLike;

/**
 * Renders a component with real services on a fresh fake-indexeddb (fakes, not mocks). The stores
 * announce their writes on the feed as this view's, as in the extension (lib/adapters/env.ts);
 * the returned `repo` and `items` are the stores themselves, for a test to write as another view.
 */
export async function renderWithEnv(
  ui: ComponentChild,
  options: { locale?: Locale; services?: Partial<Services> } = {},
) {
  const locale = options.locale ?? 'en';
  const { db, repo } = await freshRepo(() => new Date());
  const given: Partial<Services> = options.services ?? {};
  const feed = (given.changes ?? memoryFeed()) as ChangeFeed;
  const stores = { meetings: given.meetings ?? repo, items: given.items ?? new ActionItemRepo(db) };
  const viewId = given.viewId ?? 'view-under-test';
  const base: Omit<Services, 'timer'> = {
    changes: feed,
    viewId: 'view-under-test',
    now: () => new Date(),
    isQuotaError,
    live: liveStore(fakeApi),
    settings: settingsStore(fakeApi),
    chime: () => {},
    requestNotifications: async () => true,
    copyText: async () => {},
    pageHints: async () => null,
    onPageChange: () => () => {},
    download: () => {},
    copyRich: async () => {},
    openPage: () => {},
    ...options.services,
    ...announcing(stores, feed, viewId),
  };
  const services: Services = {
    ...base,
    timer:
      options.services?.timer ??
      localTimer({ ...base, meetings: stores.meetings, changes: feed }).client(base.viewId),
  };
  const env: Env = { locale, t: createTranslate(locale), services };
  const result = render(<EnvContext.Provider value={env}>{ui}</EnvContext.Provider>);
  return { ...result, env, db, repo: stores.meetings, items: stores.items };
}
