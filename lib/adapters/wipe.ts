/**
 * Adapter: "delete everything" (settings, 数据). Every IndexedDB store (records, trash,
 * quarantine, the meetings' history) and every `storage.local` key but the install mark, which
 * only says the welcome page was shown (lib/adapters/panel.ts) and holds nothing of the user's.
 * The database goes first: if it fails, the preferences are still there and nothing claims
 * everything was deleted.
 */
import { openMinutesDB, STORES, type MinutesDatabase } from '../store/db';
import type { StorageLike } from './live-store';
import { WELCOMED_KEY } from './panel';

export async function deleteEverything(
  api: Pick<StorageLike, 'storage'>,
  open: () => Promise<MinutesDatabase> = openMinutesDB,
): Promise<void> {
  const db = await open();
  const tx = db.transaction(STORES, 'readwrite');
  await Promise.all(STORES.map((name) => tx.objectStore(name).clear()));
  await tx.done;
  const keys = Object.keys(await api.storage.local.get(null)).filter((k) => k !== WELCOMED_KEY);
  if (keys.length) await api.storage.local.remove(keys);
}
