/**
 * Adapter: the change feed over `storage.local`. Every extension context hears `storage.onChanged`
 * (side panel, tabs, a docked frame in a meeting page, the background), including the writer
 * itself, and unlike BroadcastChannel it is not partitioned when the panel is a third-party
 * frame. Each message carries a nonce, so two identical messages still both fire.
 */
import type { StorageLike } from '../adapters/live-store';
import { parseChange, type ChangeFeed } from './changes';

const KEY = 'change';

export function storageChangeFeed(api: Pick<StorageLike, 'storage'>): ChangeFeed {
  const { local, onChanged } = api.storage;
  return {
    publish(message) {
      // Removed once every context has heard it: a message is not data, and delete-everything
      // must leave no key behind (lib/adapters/wipe.ts). The removal's event has no newValue.
      void local.set({ [KEY]: { ...message, nonce: Math.random() } }).then(() => local.remove(KEY));
    },
    subscribe(listener) {
      const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const message = area === 'local' ? parseChange(changes[KEY]?.newValue) : null;
        if (message) listener(message);
      };
      onChanged.addListener(onChange);
      return () => onChanged.removeListener(onChange);
    },
  };
}
