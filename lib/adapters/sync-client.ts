/**
 * Adapter (pages): the sync as the settings' 同步 block sees it (lib/sync/status.ts). The
 * background writes the status and the user's choices to storage.local (lib/adapters/sync.ts);
 * pages read and watch them there, so a page opened mid-pass shows the same state as one open all
 * along, and send every command as a runtime message (lib/adapters/sync-wire.ts), which the
 * background answers once it is carried out: the background is the only one that runs a pass.
 */
import { browser } from 'wxt/browser';
import {
  SYNC_PREFS_KEY,
  SYNC_STATUS_KEY,
  SyncPrefs,
  SyncStatus,
  type SyncCommand,
  type SyncServices,
} from '../sync/status';
import type { StorageLike } from './live-store';
import { storageItem } from './storage-item';

export function syncServices(
  api: Pick<StorageLike, 'storage'>,
  send: (command: SyncCommand) => Promise<unknown> = (c) => browser.runtime.sendMessage(c),
): SyncServices {
  const status = storageItem(api, SYNC_STATUS_KEY, SyncStatus, () => SyncStatus.parse({}));
  const prefs = storageItem(api, SYNC_PREFS_KEY, SyncPrefs, () => SyncPrefs.parse({}));
  // No answer means no background took it (it failed to start, or an older version): the block
  // shows the command failed instead of pretending it was done.
  const command = async (c: SyncCommand) => {
    const answer = (await send(c)) as { ok?: unknown } | undefined;
    if (answer?.ok !== true) throw new Error('sync: the background did not answer');
  };
  return {
    status: status.read,
    watch: status.watch,
    prefs: prefs.read,
    enable: () => command({ type: 'sync', command: 'enable' }),
    pause: () => command({ type: 'sync', command: 'pause' }),
    resume: () => command({ type: 'sync', command: 'resume' }),
    syncNow: () => command({ type: 'sync', command: 'now' }),
    disconnect: () => command({ type: 'sync', command: 'disconnect' }),
    resolve: (id, path, choice) => command({ type: 'sync', command: 'resolve', id, path, choice }),
  };
}
