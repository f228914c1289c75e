/**
 * Adapter: the live timer state in `storage.local` (see lib/timer/live.ts for why it exists).
 * Takes the storage API as a parameter so the overlay can pass the browser's native object
 * (no polyfill in a 6 KB content script) and tests can pass `fakeBrowser`.
 */
import { isLiveState, LIVE_KEY, type LiveState } from '../timer/live';
import { guarded, storageItem } from './storage-item';

export interface StorageChange {
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
      /** `null`: every key (what delete-everything and the migration list). */
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
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
  const item = storageItem<LiveState | null>(api, LIVE_KEY, guarded(isLiveState), () => null);
  return {
    read: item.read,
    write: async (state) => void (await item.write(state)),
    watch: item.watch,
  };
}
