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
 *
 * The pass merged from the record as it read it a while ago (`expected`: its stamp then, null
 * when none was stored). A save here since (the user typing during the pass) moved it on: the
 * write would put the pulled or merged body over that edit, so nothing is written and the answer
 * is `'moved'`; the next pass merges the edit with the other computer's.
 */
import type { MinutesDatabase } from './db';
import { deleteDerived, prepareDerived, putDerived, storesFor } from './derived';
import type { RecordKind, Revisioned } from './revisioned';
import { sealed } from './seal';

/** A record's revision and time: changes with every write, so an equal stamp is the same record. */
export const stampOf = (r: { rev?: unknown; updatedAt?: unknown }): string =>
  `${String(r.rev)}|${String(r.updatedAt)}`;

export async function writeSynced<T extends Revisioned>(
  db: MinutesDatabase,
  kind: RecordKind<T>,
  id: string,
  body: object | null,
  now: string,
  expected: string | null,
): Promise<T | null | false | 'moved'> {
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
  if ((stored ? stampOf(stored.value) : null) !== expected) {
    await tx.done;
    return 'moved';
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
