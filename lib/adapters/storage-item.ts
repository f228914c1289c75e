/**
 * Adapter: one value in `storage.local`, with a schema, a fallback and queued updates. Every
 * preference and mark the extension keeps there goes through this (settings, export and tracker
 * preferences, the live timer state, the overlay's place, the install mark...), so each is parsed
 * on every read (a damaged or missing value gives the fallback, never a broken page) and an
 * `update` reads and writes in one turn of a queue shared by every item on the same key in this
 * page: two quick changes cannot both read the old value and the second drop the first.
 *
 * Why not WXT's `storage.defineItem` (@wxt-dev/storage): it has `getValue`/`setValue` but no
 * read-modify-write, so the race above stays with the caller; it validates nothing it reads; it
 * binds to the global `browser` of @wxt-dev/browser, where the overlay passes the page's native
 * object and tests a `StorageLike` fake; and it would add ~4 KB gzip (with `superlock`) to the
 * panel's start-up budget (test/build/budgets.test.ts). This file is a few hundred bytes.
 *
 * The check is anything with zod's `safeParse` shape, so the overlay can pass a hand-written guard
 * instead of bundling zod (6 KB budget).
 */
import type { StorageLike } from './live-store';

export interface Check<T> {
  safeParse(raw: unknown): { success: true; data: T } | { success: false };
}

export interface StorageItem<T> {
  readonly key: string;
  /** The stored value if it passes the check, else the fallback. */
  read(): Promise<T>;
  /** Checks and stores `value` (throws, storing nothing, when it does not pass). */
  write(value: T): Promise<T>;
  /** Reads, changes and writes in turn with every other update of this key in this page. */
  update(change: (current: T) => T): Promise<T>;
  remove(): Promise<void>;
  /** Calls back with every new value (the fallback when removed or unreadable). */
  watch(listener: (value: T) => void): () => void;
}

type Area = StorageLike['storage']['local'];

/** One queue per storage area and key, whichever item object was built for it. */
const queues = new WeakMap<Area, Map<string, Promise<unknown>>>();

function enqueue<R>(area: Area, key: string, task: () => Promise<R>): Promise<R> {
  const byKey = queues.get(area) ?? new Map<string, Promise<unknown>>();
  queues.set(area, byKey);
  const run = (byKey.get(key) ?? Promise.resolve()).then(task);
  byKey.set(
    key,
    run.catch(() => {}),
  );
  return run;
}

export function storageItem<T>(
  api: Pick<StorageLike, 'storage'>,
  key: string,
  check: Check<T>,
  fallback: () => T,
): StorageItem<T> {
  const { local, onChanged } = api.storage;
  const parse = (raw: unknown): T => {
    if (raw === undefined) return fallback();
    const parsed = check.safeParse(raw);
    return parsed.success ? parsed.data : fallback();
  };
  const read = async () => parse((await local.get(key))[key]);
  const write = async (value: T) => {
    const parsed = check.safeParse(value);
    if (!parsed.success) throw new TypeError(key);
    await local.set({ [key]: parsed.data });
    return parsed.data;
  };
  return {
    key,
    read,
    write: (value) => enqueue(local, key, () => write(value)),
    update: (change) => enqueue(local, key, async () => write(change(await read()))),
    remove: () => enqueue(local, key, () => local.remove(key)),
    watch(listener) {
      const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[key];
        if (area === 'local' && change) listener(parse(change.newValue));
      };
      onChanged.addListener(onChange);
      return () => onChanged.removeListener(onChange);
    },
  };
}

/** A check for values that pass `guard` as they are (no zod where bytes count). */
export const guarded = <T>(guard: (raw: unknown) => raw is T): Check<T> => ({
  safeParse: (raw) => (guard(raw) ? { success: true, data: raw } : { success: false }),
});
