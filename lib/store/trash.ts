/**
 * Bringing a deleted record back from the trash. The trash holds the record as it was deleted;
 * since then a copy with the same id may have come back another way (a backup restored in the
 * settings, another view). Putting the deleted one back over it would silently throw away that
 * newer copy, so:
 * - if nothing has the id, the record comes back as it was;
 * - if the record there has the same content, it is already back: the trash entry just goes;
 * - otherwise both are kept: the deleted one comes back under a new id, beside the other. The
 *   user asked for both (the undo, the restore), neither should cancel the other, and two
 *   meetings in the list are easy to compare and delete one of; a question in the middle of an
 *   undo, about versions the user cannot see side by side, is not.
 */
import { sameContent } from '../merge';
import { newId, type ParseResult } from '../schema';
import type { MinutesDatabase } from './db';
import { prepareDerived, putDerived, storesFor, type Derived } from './derived';

export interface TrashRestore {
  /** The id it is back under: its own, or a new one when another copy holds its id. */
  id: string;
  copy: boolean;
}

export async function restoreFromTrash<T extends { rev: number; updatedAt: string }>(
  db: MinutesDatabase,
  store: 'meetings' | 'actionItems',
  id: string,
  parse: (raw: unknown) => ParseResult<T>,
  derived?: readonly Derived<T>[],
): Promise<TrashRestore | null> {
  await prepareDerived(derived);
  const tx = db.transaction([...storesFor(store, derived), 'trash'], 'readwrite');
  const entry = await tx.objectStore('trash').get(id);
  if (!entry || entry.store !== store) {
    await tx.done;
    return null;
  }
  const current = await tx.objectStore(store).get(id);
  let result: TrashRestore = { id, copy: false };
  let back: unknown = undefined;
  if (current === undefined) back = entry.record;
  else if (!same(parse, current, entry.record)) {
    result = { id: newId(), copy: true };
    back = { ...(entry.record as object), id: result.id };
  }
  if (back !== undefined) {
    await tx.objectStore(store).put(back);
    // A record that cannot be read comes back without one; the list reports it as damaged.
    const parsed = parse(back);
    if (parsed.ok) await putDerived(tx, derived, parsed.value);
  }
  await tx.objectStore('trash').delete(id);
  await tx.done;
  return result;
}

function same<T extends { rev: number; updatedAt: string }>(
  parse: (raw: unknown) => ParseResult<T>,
  a: unknown,
  b: unknown,
): boolean {
  const x = parse(a);
  const y = parse(b);
  return x.ok && y.ok && sameContent(x.value, y.value);
}
