import * as z from 'zod/mini';
import { SYNC_KINDS } from './document';

/**
 * What the settings' 同步 block shows and what it may ask of the sync (lib/adapters/sync.ts runs
 * it in the background; lib/adapters/sync-client.ts is the pages' side). The background writes
 * the status to storage.local `syncStatus` after every pass and every state change; pages read
 * and watch it there, and send commands as runtime messages (`SyncCommand`).
 * `syncPrefs` holds what the user chose: whether this computer syncs, and whether it is paused.
 * Neither key is among the preferences a backup collects (per-device, like the connection).
 */
export const SYNC_STATUS_KEY = 'syncStatus';
export const SYNC_PREFS_KEY = 'syncPrefs';

export const SyncPrefs = z.object({
  enabled: z._default(z.boolean(), false),
  paused: z._default(z.boolean(), false),
});
export type SyncPrefs = z.infer<typeof SyncPrefs>;

export const SYNC_ERRORS = [
  /** 401/403: user or app password refused. */
  'auth',
  /** 507 Insufficient Storage: the folder's quota is full. */
  'storage',
  'timeout',
  /** The server could not be reached (offline, DNS, refused). */
  'network',
  /** Another 5xx or an unexpected answer. */
  'server',
  /** The host permission for the server's origin is missing (asked again at 测试连接). */
  'permission',
  /** The stored connection is incomplete (no URL, user or password). */
  'connection',
] as const;
export type SyncErrorKind = (typeof SYNC_ERRORS)[number];

export const SyncConflict = z.object({
  kind: z.enum(SYNC_KINDS),
  id: z.string(),
  /** The meeting's title or the item's task, to show which record it is. */
  title: z.string(),
  /** The field both computers changed, e.g. `topics[t1].notes` (lib/sync/plan.ts fieldConflicts). */
  path: z.string(),
  /** This computer's value and the other computer's: the merge kept one, the user may pick. */
  local: z.unknown(),
  remote: z.unknown(),
  /** Which of the two the merged record holds now. */
  kept: z.enum(['local', 'remote']),
  at: z.string(),
});
export type SyncConflict = z.infer<typeof SyncConflict>;

export const SyncStatus = z.object({
  state: z._default(z.enum(['off', 'idle', 'syncing', 'paused', 'error']), 'off'),
  /** ISO time of the last pass that ended without an error. */
  lastSyncAt: z._default(z.nullable(z.string()), null),
  /** Records changed here and not yet uploaded. */
  pending: z._default(z.number(), 0),
  last: z._default(
    z.nullable(
      z.object({
        pushed: z.number(),
        pulled: z.number(),
        merged: z.number(),
        damaged: z.number(),
        bytesSent: z.number(),
      }),
    ),
    null,
  ),
  error: z._default(
    z.nullable(
      z.object({ kind: z.enum(SYNC_ERRORS), status: z.optional(z.number()), at: z.string() }),
    ),
    null,
  ),
  conflicts: z._default(z.array(SyncConflict), []),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export type SyncCommand =
  | { type: 'sync'; command: 'now' }
  | { type: 'sync'; command: 'enable' | 'pause' | 'resume' | 'disconnect' }
  /** Keep the other value of a conflict (or confirm the kept one: `choice` equal to `kept`). */
  | { type: 'sync'; command: 'resolve'; id: string; path: string; choice: 'local' | 'remote' };

/** The pages' side of the sync (lib/adapters/sync-client.ts; tests pass fakes). */
export interface SyncServices {
  status(): Promise<SyncStatus>;
  watch(listener: (status: SyncStatus) => void): () => void;
  prefs(): Promise<SyncPrefs>;
  /** Turns sync on for this computer (after 测试连接 passed) and starts the first pass. */
  enable(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  syncNow(): Promise<void>;
  /** Stops syncing and forgets the sync state here; keeps this computer's data and the folder. */
  disconnect(): Promise<void>;
  resolve(id: string, path: string, choice: 'local' | 'remote'): Promise<void>;
}
