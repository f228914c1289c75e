/**
 * Reading and writing many records of one store in one transaction, for restoring a backup:
 * 10,000 meetings checked and written one transaction each took that many round trips (and, with
 * `strict` durability, that many flushes to disk); in batches it is a few dozen.
 */
import type { ParseResult } from '../schema';
import type { MinutesDatabase } from './db';
import { prepareDerived, putDerived, storesFor, type Derived } from './derived';
import { sealed } from './seal';

type StoreName = 'meetings' | 'actionItems';

/** What a restore did with one record. */
export type RestoreOutcome =
  { kind: 'added'; rev: number } | { kind: 'replaced'; rev: number } | { kind: 'skipped' };

/** The raw stored values of `ids` (undefined where there is none), read in one transaction. */
export async function getRawMany(
  db: MinutesDatabase,
  store: StoreName,
  ids: readonly string[],
): Promise<unknown[]> {
  const tx = db.transaction(store);
  const raws = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return raws;
}

/**
 * Writes `records` in one transaction: each one not stored yet is added; one stored and readable
 * replaces the stored one only when `replace` (the user agreed), as the next revision; a stored
 * record that cannot be read is never touched. All or nothing: a failure (a full disk) aborts the
 * batch and is thrown, so the caller reports each of its records as failed.
 */
export async function restoreMany<T extends { id: string; rev: number; updatedAt: string }>(
  db: MinutesDatabase,
  store: StoreName,
  records: readonly T[],
  options: {
    replace: boolean;
    now: string;
    parse: (raw: unknown) => ParseResult<T>;
    /** Written beside each record, so a restored meeting is listed at once (lib/store/derived.ts). */
    derived?: readonly Derived<T>[] | undefined;
    /** Stored with their seal (lib/store/seal.ts). */
    seal?: boolean | undefined;
  },
): Promise<RestoreOutcome[]> {
  const { derived } = options;
  const written = (record: T) => (options.seal ? sealed(record) : record);
  await prepareDerived(derived);
  const tx = db.transaction(storesFor(store, derived), 'readwrite', { durability: 'strict' });
  const target = tx.objectStore(store);
  tx.done.catch(() => {}); // a failed request fails the batch below; this is its echo
  const outcomes = await Promise.all(
    records.map(async (record): Promise<RestoreOutcome> => {
      const raw = await target.get(record.id);
      if (raw === undefined) {
        await target.add(written(record));
        await putDerived(tx, derived, record);
        return { kind: 'added', rev: record.rev };
      }
      const stored = options.parse(raw);
      if (!stored.ok || !options.replace) return { kind: 'skipped' };
      const rev = stored.value.rev + 1;
      const next = { ...record, rev, updatedAt: options.now };
      await target.put(written(next));
      await putDerived(tx, derived, next);
      return { kind: 'replaced', rev };
    }),
  );
  await tx.done;
  return outcomes;
}
