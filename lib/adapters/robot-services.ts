/**
 * Adapter: the robot views' services (lib/robots/services.ts) on this browser: the groups in
 * storage.local (robot-groups.ts), exactly one host's optional permission at a time, and the
 * outbox in IndexedDB (lib/store/outbox.ts), whose sender is the background
 * (lib/adapters/outbox.ts): a page stores the messages, then wakes it.
 */
import { browser } from 'wxt/browser';
import { dropMessage, retryMessage } from '../outbox/actions';
import type { RobotServices } from '../robots/services';
import { OUTBOX_RUN } from '../outbox/protocol';
import type { OutboxStore } from '../store/outbox';
import type { StorageLike } from './live-store';
import { robotConfig } from './robot-prefs';

/** How often an open outbox view reads the store again: the background's writes reach no page. */
const POLL_MS = 1500;

/**
 * The outbox store, loaded on first use: imported statically, the database module the panel's
 * start-up loads was regrouped into a chunk of its own (+0.4 KB gzip, test/build/budgets.test.ts).
 */
function lazyStore(): OutboxStore {
  const loaded = import('../store/outbox').then((m) => m.outboxStore());
  return {
    add: async (messages) => (await loaded).add(messages),
    get: async (id) => (await loaded).get(id),
    all: async () => (await loaded).all(),
    inState: async (state) => (await loaded).inState(state),
    update: async (id, change) => (await loaded).update(id, change),
  };
}

/** Wakes the background's runner (lib/adapters/outbox.ts); it also runs at its next start. */
const pingOutbox = () => browser.runtime.sendMessage({ type: OUTBOX_RUN });

export function robotServices(
  api: Pick<StorageLike, 'storage'>,
  store: OutboxStore = lazyStore(),
  wake: () => Promise<unknown> = pingOutbox,
  requestHost: (webhook: string) => Promise<boolean> = requestWebhookHost,
): RobotServices {
  const groups = robotConfig(api);
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  // A lost wake-up is no loss: the background runs the outbox at its next start or alarm.
  const wakeQuietly = () => void wake().then(changed, () => {});
  return {
    read: groups.read,
    watch: groups.watch,
    save: groups.save,
    remove: groups.remove,
    setSeriesDefault: groups.setSeriesDefault,
    requestHost,
    async enqueue(messages) {
      await store.add(messages);
      changed();
      wakeQuietly();
    },
    outbox: {
      list: async () => (await store.all()).reverse(),
      watch(listener) {
        listeners.add(listener);
        const timer = setInterval(listener, POLL_MS);
        return () => {
          listeners.delete(listener);
          clearInterval(timer);
        };
      },
      async retry(id) {
        await retryMessage(store, id);
        changed();
        wakeQuietly();
      },
      async drop(id) {
        await dropMessage(store, id);
        changed();
      },
    },
  };
}

/** Exactly the webhook's origin (https://oapi.dingtalk.com/*); inside the user's click. */
export function requestWebhookHost(webhook: string): Promise<boolean> {
  let origins: string[];
  try {
    origins = [`${new URL(webhook).origin}/*`];
  } catch {
    return Promise.resolve(false);
  }
  return browser.permissions.request({ origins }).catch(() => false);
}

let shared: RobotServices | null = null;
/** One per page, on the browser's own storage (the settings page; the panel's review tab). */
export function browserRobotServices(): RobotServices {
  return (shared ??= robotServices(browser as unknown as StorageLike));
}
