/**
 * Adapter: the live timer state in `storage.local` (see lib/timer/live.ts for why it exists).
 * Takes the storage API as a parameter so the overlay can pass the browser's native object
 * (no polyfill in a 6 KB content script) and tests can pass `fakeBrowser`.
 */
import { isLiveState, LIVE_KEY, type LiveState } from '../timer/live';

interface StorageChange {
  newValue?: unknown;
}
export interface StorageLike {
  runtime?: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        fn: (message: unknown, sender: unknown, reply: (answer: unknown) => void) => void,
      ): void;
    };
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: {
      addListener(fn: (changes: Record<string, StorageChange>, area: string) => void): void;
      removeListener(fn: (changes: Record<string, StorageChange>, area: string) => void): void;
    };
  };
}

/** The browser's own extension API: `browser` in Firefox, `chrome` (promise-based in MV3). */
export function nativeApi(): StorageLike {
  const g = globalThis as unknown as { browser?: StorageLike; chrome?: StorageLike };
  return (g.browser?.storage ? g.browser : g.chrome) as StorageLike;
}

export interface LiveStore {
  read(): Promise<LiveState | null>;
  write(state: LiveState): Promise<void>;
  /** Calls back with every new live state (or null when cleared or unreadable). */
  watch(listener: (state: LiveState | null) => void): () => void;
}

export function liveStore(api: StorageLike): LiveStore {
  const { local, onChanged } = api.storage;
  return {
    async read() {
      const value = (await local.get(LIVE_KEY))[LIVE_KEY];
      return isLiveState(value) ? value : null;
    },
    write: (state) => local.set({ [LIVE_KEY]: state }),
    watch(listener) {
      const onChange = (changes: Record<string, StorageChange>, area: string) => {
        const change = changes[LIVE_KEY];
        if (area === 'local' && change) {
          listener(isLiveState(change.newValue) ? change.newValue : null);
        }
      };
      onChanged.addListener(onChange);
      return () => onChanged.removeListener(onChange);
    },
  };
}
