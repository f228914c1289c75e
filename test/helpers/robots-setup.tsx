import type { ComponentChild } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RobotsContext } from '../../components/robots/context';
import type { StorageLike } from '../../lib/adapters/live-store';
import { robotGroupsItem } from '../../lib/adapters/robot-groups';
import { robotPrefsItem } from '../../lib/adapters/robot-prefs';
import { robotServices } from '../../lib/adapters/robot-services';
import type { Services } from '../../lib/env';
import type { Locale } from '../../lib/i18n';
import type { OutboxMessage } from '../../lib/outbox/types';
import type { MinutesDatabase } from '../../lib/store/db';
import { outboxStore } from '../../lib/store/outbox';
import { renderWithEnv } from './render';

/**
 * A robot view with the real services (groups in fakeBrowser's storage, the outbox in the test's
 * fake-indexeddb), a host permission the test grants or denies, and a background the test plays:
 * `deliver` records what the runner would (sent, failed with the platform's text).
 */
export async function renderRobots(
  ui: ComponentChild,
  options: { locale?: Locale; grant?: boolean; services?: Partial<Services> } = {},
) {
  fakeBrowser.reset();
  const api = fakeBrowser as unknown as StorageLike;
  const asked: string[] = [];
  let wakes = 0;
  let opened: (db: MinutesDatabase) => void = () => {};
  const db = new Promise<MinutesDatabase>((resolve) => (opened = resolve));
  const store = outboxStore(() => db);
  const robots = robotServices(
    api,
    store,
    async () => void wakes++,
    async (webhook) => {
      asked.push(webhook);
      return options.grant ?? true;
    },
  );
  const view = await renderWithEnv(
    <RobotsContext.Provider value={robots}>{ui}</RobotsContext.Provider>,
    options,
  );
  opened(view.db);
  const deliver = (id: string, outcome: Partial<OutboxMessage>) =>
    store.update(id, (m) => ({ ...m, ...outcome }));
  return {
    ...view,
    robots,
    store,
    asked,
    wakes: () => wakes,
    groups: robotGroupsItem(api),
    prefs: robotPrefsItem(api),
    deliver,
  };
}
