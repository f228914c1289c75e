/**
 * The change feed: how the views of the extension (side panel, docked panel, tabs) tell each
 * other that a record changed, so each can merge it in within a second. Implemented over
 * `storage.local` (storage-feed.ts); tests use an in-memory one.
 *
 * Only the repositories publish (lib/store/announce.ts wraps a view's stores so every write is
 * announced); components subscribe. A message says what happened, not who should react:
 * `concerns` answers whether a listener's record or store is touched.
 */
export type RecordStore = 'meetings' | 'actionItems';

export type ChangeMessage =
  /** Created or saved; `rev` is the stored revision now. */
  | { kind: 'saved'; store: RecordStore; id: string; rev: number; from: string }
  /** Moved to the trash. */
  | { kind: 'removed'; store: RecordStore; id: string; from: string }
  /** Back from the trash (or written by a restore): read it again. */
  | { kind: 'restored'; store: RecordStore; id: string; from: string }
  /** Anything may have changed (a backup restored, everything deleted): read everything again. */
  | { kind: 'reset'; from: string };

export interface ChangeFeed {
  publish(message: ChangeMessage): void;
  subscribe(listener: (message: ChangeMessage) => void): () => void;
}

/** What a view's components get: they listen, the repositories speak. */
export type ChangeSubscription = Pick<ChangeFeed, 'subscribe'>;

/** Whether `message` may change what a listener shows of `store` (of record `id`, if given). */
export function concerns(message: ChangeMessage, store: RecordStore, id?: string): boolean {
  if (message.kind === 'reset') return true;
  return message.store === store && (id === undefined || message.id === id);
}

const STORES: readonly unknown[] = ['meetings', 'actionItems'] satisfies RecordStore[];

/** A message as it arrives from storage (any extension page may have written it), or null. */
export function parseChange(value: unknown): ChangeMessage | null {
  const m = value as Record<string, unknown> | null;
  if (typeof m !== 'object' || m === null || typeof m.from !== 'string') return null;
  if (m.kind === 'reset') return { kind: 'reset', from: m.from };
  if (!STORES.includes(m.store) || typeof m.id !== 'string') return null;
  const base = { store: m.store as RecordStore, id: m.id, from: m.from };
  if (m.kind === 'saved') {
    return typeof m.rev === 'number' ? { kind: 'saved', ...base, rev: m.rev } : null;
  }
  if (m.kind === 'removed' || m.kind === 'restored') return { kind: m.kind, ...base };
  return null;
}
