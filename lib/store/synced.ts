/**
 * Writing a record as another computer synced it (lib/adapters/sync.ts): through the same
 * transaction shape as every other write, so its summary, search terms and index row change with
 * it, and nothing is ever hard-deleted.
 * - A record: stored as the next revision here (the revision counts this computer's writes, it
 *   does not travel), its `updatedAt` as synced, so the record reads back with the content it was
 *   synced with and the next pass sees no change to send back. If it was in the trash here, the
 *   trash entry goes: the record is back (an edit on another computer won over the delete).
 * - A tombstone (null): the record moves to the trash, as a delete here would.
 * A record stored here that cannot be read is left untouched, as a backup restore leaves it
 * (lib/store/batch.ts); so is a synced one that does not parse (a newer version's record): both
 * answer `false`, and the pass leaves that document for later rather than overwrite it.
 */
import type { MinutesDatabase } from './db';
import { deleteDerived, prepareDerived, putDerived, storesFor } from './derived';
import type { RecordKind, Revisioned } from './revisioned';
import { sealed } from './seal';

export async function writeSynced<T extends Revisioned>(
  db: MinutesDatabase,
  kind: RecordKind<T>,
  id: string,
  body: object | null,
  now: string,
): Promise<T | null | false> {
  const { store, derived } = kind;
  await prepareDerived(derived);
  const tx = db.transaction([...storesFor(store, derived), 'trash'], 'readwrite', {
    durability: 'strict',
  });
  const raw: unknown = await tx.objectStore(store).get(id);
  const stored = raw === undefined ? null : kind.parse(raw);
  if (stored && !stored.ok) {
    await tx.done;
    return false;
  }
  if (body === null) {
    if (raw !== undefined) {
      await tx.objectStore('trash').put({ id, store, deletedAt: now, record: raw });
      await tx.objectStore(store).delete(id);
      await deleteDerived(tx, derived, id);
    }
    await tx.done;
    return null;
  }
  const rev = stored?.ok ? stored.value.rev + 1 : 1;
  const parsed = kind.parse({ ...body, id, rev });
  if (!parsed.ok) {
    await tx.done;
    return false;
  }
  const record = parsed.value;
  await tx.objectStore(store).put((kind.seal ? sealed(record) : record) as never);
  await putDerived(tx, derived, record);
  const trashed = await tx.objectStore('trash').get(id);
  if (trashed?.store === store) await tx.objectStore('trash').delete(id);
  await tx.done;
  return record;
}
