import { render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { EnvContext, type Env, type Services } from '../../components/context';
import { createTranslate, type Locale } from '../../lib/i18n';
import { isQuotaError } from '../../lib/store/db';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { liveStore, type StorageLike } from '../../lib/adapters/live-store';
import { settingsStore } from '../../lib/adapters/settings';
import { ActionItemRepo } from '../../lib/store/action-items';
import { freshRepo, memoryFeed } from './fixtures';
import { localTimer } from './live';

const fakeApi = fakeBrowser as unknown as StorageLike;

/** Renders a component with real services on a fresh fake-indexeddb (fakes, not mocks). */
export async function renderWithEnv(
  ui: ComponentChild,
  options: { locale?: Locale; services?: Partial<Services> } = {},
) {
  const locale = options.locale ?? 'en';
  const { db, repo } = await freshRepo(() => new Date());
  const base: Omit<Services, 'timer'> = {
    meetings: repo,
    items: new ActionItemRepo(db),
    changes: memoryFeed(),
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
  };
  const services: Services = {
    ...base,
    timer: options.services?.timer ?? localTimer(base).client(base.viewId),
  };
  const env: Env = { locale, t: createTranslate(locale), services };
  const result = render(<EnvContext.Provider value={env}>{ui}</EnvContext.Provider>);
  return { ...result, env, db, repo: services.meetings, items: services.items };
}
