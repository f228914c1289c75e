/**
 * Adapter (pages): the settings' side of the sync (lib/sync/status.ts `SyncServices`). The status
 * and the preferences are read and watched in storage.local, where the background writes them
 * (lib/adapters/sync.ts); commands go to the background as runtime messages
 * (lib/adapters/sync-wire.ts), which answers once the command is carried out.
 */
import { browser } from 'wxt/browser';
import type { StorageLike } from './live-store';
import { storageItem } from './storage-item';
import {
  SYNC_PREFS_KEY,
  SYNC_STATUS_KEY,
  SyncPrefs,
  SyncStatus,
  type SyncCommand,
  type SyncServices,
} from '../sync/status';

type Api = Pick<StorageLike, 'storage'> & {
  runtime?: { sendMessage(message: unknown): Promise<unknown> };
};

/** `api.runtime` if it has one (tests), else this page's own. */
export function syncClient(api: Api): SyncServices {
  const runtime = api.runtime ?? browser.runtime;
  const status = storageItem(api, SYNC_STATUS_KEY, SyncStatus, () => SyncStatus.parse({}));
  const prefs = storageItem(api, SYNC_PREFS_KEY, SyncPrefs, () => SyncPrefs.parse({}));
  const send = async (command: SyncCommand) => {
    const answer = (await runtime.sendMessage(command)) as { ok?: unknown } | undefined;
    if (answer?.ok !== true) throw new Error('sync: the background did not answer');
  };
  return {
    status: status.read,
    watch: status.watch,
    prefs: prefs.read,
    enable: () => send({ type: 'sync', command: 'enable' }),
    pause: () => send({ type: 'sync', command: 'pause' }),
    resume: () => send({ type: 'sync', command: 'resume' }),
    syncNow: () => send({ type: 'sync', command: 'now' }),
    disconnect: () => send({ type: 'sync', command: 'disconnect' }),
    resolve: (id, path, choice) => send({ type: 'sync', command: 'resolve', id, path, choice }),
  };
}
