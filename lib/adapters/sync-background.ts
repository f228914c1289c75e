/**
 * Adapter (background): the sync engine (lib/adapters/sync.ts) on the browser's own storage,
 * database, WebDAV connection and change feed. Loaded by lib/adapters/sync-wire.ts on first use.
 */
import { browser } from 'wxt/browser';
import { ActionItemRepo } from '../store/action-items';
import { openMinutesDB } from '../store/db';
import { MeetingRepo } from '../store/meetings';
import { storageChangeFeed } from '../store/storage-feed';
import type { StorageLike } from './live-store';
import { syncEngine, type SyncEngine } from './sync';
import { syncConnect } from './sync-connect';

export function backgroundSync(): SyncEngine {
  const api = browser as unknown as StorageLike;
  return syncEngine({
    api,
    open: async () => {
      const db = await openMinutesDB();
      return { db, meetings: new MeetingRepo(db), items: new ActionItemRepo(db) };
    },
    connect: () => syncConnect((...args) => fetch(...args)),
    publish: storageChangeFeed(api).publish,
  });
}
