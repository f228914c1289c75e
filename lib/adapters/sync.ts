/**
 * Adapter (background): sync between computers through the WebDAV shared folder (issue 18). Runs
 * a pass (lib/sync/pass.ts) when asked (lib/adapters/sync-wire.ts: start-up, a change, the alarm,
 * a page's command), one at a time: a request during a pass queues one more after it, never a
 * second in parallel. Writes the status and keeps the conflicts in storage.local
 * (lib/sync/status.ts). Paused or off: nothing touches the network.
 * The records a pass writes are announced on the change feed as from `SYNC_FROM`, so the views
 * read them again and the scheduler does not answer them with another pass.
 */
import type { ChangeMessage } from '../store/changes';
import type { ActionItemRepo } from '../store/action-items';
import type { MinutesDatabase } from '../store/db';
import type { MeetingRepo } from '../store/meetings';
import { syncLocal } from '../store/sync-local';
import { SYNC_FROM } from '../sync/command';
import type { Digest, SyncKind } from '../sync/document';
import { emptyResult, syncPass } from '../sync/pass';
import { setAtPath, syncBody } from '../sync/records';
import {
  SYNC_PREFS_KEY,
  SYNC_STATUS_KEY,
  SyncPrefs,
  SyncStatus,
  type SyncCommand,
  type SyncErrorKind,
} from '../sync/status';
import { DavError, type DavClient } from '../webdav/client';
import type { StorageLike } from './live-store';
import { storageItem } from './storage-item';
import { personSide } from './sync-person';

export interface SyncEnv {
  api: Pick<StorageLike, 'storage'>;
  open: () => Promise<{ db: MinutesDatabase; meetings: MeetingRepo; items: ActionItemRepo }>;
  /** lib/adapters/webdav.ts `connect()`: a client for the stored connection, or what is missing. */
  connect: () => Promise<
    { ok: true; client: DavClient; root: string[] } | { ok: false; problem: { kind: string } }
  >;
  publish: (message: ChangeMessage) => void;
  now?: () => Date;
  digest?: Digest;
}

export interface SyncEngine {
  /** One pass now, or right after the one running. */
  run(): Promise<SyncStatus>;
  command(command: SyncCommand): Promise<void>;
  prefs(): Promise<SyncPrefs>;
}

export const sha256: Digest = async (text) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

/** A failed request as the status shows it. */
export function errorKind(e: unknown): { kind: SyncErrorKind; status?: number } {
  if (!(e instanceof DavError)) return { kind: 'server' };
  const status = e.status ?? undefined;
  const kind: SyncErrorKind =
    e.kind === 'auth' || e.kind === 'forbidden'
      ? 'auth'
      : e.kind === 'storage' || e.kind === 'timeout' || e.kind === 'network'
        ? e.kind
        : 'server';
  return status === undefined ? { kind } : { kind, status };
}

const MAX_CONFLICTS = 200;
/** The store whose views read a pulled document again (a history: its meeting's number). */
const STORES = {
  meeting: 'meetings',
  actionItem: 'actionItems',
  history: 'meetings',
  person: null,
} as const;

export function syncEngine(env: SyncEnv): SyncEngine {
  const now = env.now ?? (() => new Date());
  const status = storageItem(env.api, SYNC_STATUS_KEY, SyncStatus, () => SyncStatus.parse({}));
  const prefs = storageItem(env.api, SYNC_PREFS_KEY, SyncPrefs, () => SyncPrefs.parse({}));
  let opened: ReturnType<SyncEnv['open']> | null = null;
  const open = () => (opened ??= env.open());
  const setStatus = (patch: Partial<SyncStatus>) => status.update((s) => ({ ...s, ...patch }));
  const person = personSide(env.api, now);
  const local = async () => {
    const { db, meetings, items } = await open();
    return syncLocal(db, { meetings, items }, person);
  };

  const pass = async (): Promise<SyncStatus> => {
    const p = await prefs.read();
    if (!p.enabled) return setStatus({ state: 'off' });
    if (p.paused) return setStatus({ state: 'paused' });
    const at = () => now().toISOString();
    const connection = await env.connect();
    if (!connection.ok) {
      const kind = connection.problem.kind === 'permission' ? 'permission' : 'connection';
      return setStatus({ state: 'error', error: { kind, at: at() } });
    }
    await setStatus({ state: 'syncing' });
    const result = emptyResult();
    let failed: ReturnType<typeof errorKind> | null = null;
    try {
      await syncPass(
        {
          client: connection.client,
          root: connection.root,
          digest: env.digest ?? sha256,
          local: await local(),
          now,
          onProgress: () => setStatus({ state: 'syncing' }),
        },
        result,
      );
    } catch (e) {
      failed = errorKind(e);
    }
    for (const { kind, id, deleted } of result.applied) {
      const store = STORES[kind];
      // A history may have moved its meeting's number (lib/store/sync-history.ts), an edit here
      // that the next pass sends: announced as this computer's, so one is scheduled.
      const from = kind === 'history' ? 'background' : SYNC_FROM;
      if (store) env.publish({ kind: deleted ? 'removed' : 'restored', store, id, from });
    }
    return status.update((s) => {
      // A newer conflict on the same field replaces the older one; the others stay until chosen.
      const fresh = new Set(result.conflicts.map((c) => `${c.id}\u0000${c.path}`));
      // The newest MAX_CONFLICTS: the status stays small; each was merged already, none lost.
      const conflicts = [
        ...s.conflicts.filter((c) => !fresh.has(`${c.id}\u0000${c.path}`)),
        ...result.conflicts,
      ].slice(-MAX_CONFLICTS);
      return failed
        ? {
            ...s,
            state: 'error',
            pending: result.pending,
            conflicts,
            error: { ...failed, at: at() },
          }
        : {
            ...s,
            state: 'idle',
            lastSyncAt: at(),
            pending: result.pending,
            last: result.last,
            error: null,
            conflicts,
          };
    });
  };

  let current: Promise<SyncStatus> = Promise.resolve(SyncStatus.parse({}));
  let queued: Promise<SyncStatus> | null = null;
  const run = (): Promise<SyncStatus> => {
    queued ??= current.then(() => {
      queued = null;
      return pass().catch(async (e: unknown) => {
        console.warn('sync:', (e as Error)?.name);
        return setStatus({ state: 'error', error: { ...errorKind(e), at: now().toISOString() } });
      });
    });
    current = queued;
    return queued;
  };

  const resolve = async (id: string, path: string, choice: 'local' | 'remote') => {
    const conflict = (await status.read()).conflicts.find((c) => c.id === id && c.path === path);
    if (!conflict) return;
    if (choice !== conflict.kept) await keep(conflict.kind, id, path, conflict[choice]);
    await status.update((s) => ({
      ...s,
      conflicts: s.conflicts.filter((c) => !(c.id === id && c.path === path)),
    }));
  };
  /** The chosen value written as an edit here: it then syncs like any other. */
  const keep = async (kind: SyncKind, id: string, path: string, value: unknown) => {
    if (kind === 'person') return person.set(path, value);
    const { meetings, items } = await open();
    const repo = (kind === 'meeting' ? meetings : items) as unknown as MeetingRepo;
    const record = await repo.get(id);
    if (!record || !('rev' in record)) return;
    const next = setAtPath(syncBody(record), path, value);
    if (!next) return;
    const { saved } = await repo.save(record, { ...next, rev: record.rev } as typeof record);
    const store = kind === 'meeting' ? 'meetings' : 'actionItems';
    env.publish({ kind: 'saved', store, id, rev: saved.rev, from: 'background' });
  };

  const command = async (c: SyncCommand): Promise<void> => {
    switch (c.command) {
      case 'now':
        return void (await run());
      case 'enable':
        await prefs.write({ enabled: true, paused: false });
        return void (await run());
      case 'pause':
        await prefs.update((p) => ({ ...p, paused: true }));
        return void (await run());
      case 'resume':
        await prefs.update((p) => ({ ...p, paused: false }));
        return void (await run());
      case 'disconnect': {
        await prefs.write({ enabled: false, paused: false });
        await current; // a pass running now finishes before its state is forgotten
        await (await local()).clearBase();
        await Promise.all([prefs.remove(), status.remove()]);
        return;
      }
      case 'resolve':
        await resolve(c.id, c.path, c.choice);
        return void (await run());
    }
  };
  return { run, command, prefs: prefs.read };
}
