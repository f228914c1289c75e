/**
 * One revisioned store of records (meetings, action items): reads parse (and migrate) every
 * record and keep damaged ones aside; writes are revisioned.
 *
 * Concurrent writers (two views of one record) are detected by `rev`: a save states the revision
 * it started from; if the stored one is newer, the save re-applies its own changes on top of the
 * stored record (a three-way merge, lib/merge.ts) inside the same transaction, so nothing either
 * view typed is overwritten.
 *
 * New records come in through `create`, never through `save`: a save that finds no stored record
 * means another view deleted it, and re-creating it would silently undo that delete. It throws
 * `RecordDeletedError` instead; the view says so and offers the trash (lib/store/trash.ts).
 */
import { merge3 } from '../merge';
import type { ParseResult } from '../schema';
import { getRawMany, restoreMany, type RestoreOutcome } from './batch';
import type { MinutesDatabase, QuarantineEntry } from './db';
import { deleteDerived, prepareDerived, putDerived, storesFor, type Derived } from './derived';
import { quarantineEntry } from './quarantine';
import { sealed } from './seal';
import { writeSynced } from './synced';
import { restoreFromTrash, type TrashRestore } from './trash';

export type StoreName = 'meetings' | 'actionItems';

export interface Revisioned {
  id: string;
  rev: number;
  updatedAt: string;
}

export interface DamagedRecord {
  store: QuarantineEntry['store'];
  id: string;
  reason: string;
}

export interface SaveResult<T> {
  saved: T;
  /** True when another view had written in between and the two edits were merged. */
  merged: boolean;
}

/** A save found its record gone: deleted (to the trash) in another view since it was read. */
export class RecordDeletedError extends Error {
  override readonly name = 'RecordDeletedError';
  constructor(
    readonly store: StoreName,
    readonly id: string,
  ) {
    super(`${store} record ${id} was deleted elsewhere`);
  }
}

/** By name, not class: through the background (lib/store/remote.ts) only the name crosses. */
export const isRecordDeleted = (error: unknown): boolean =>
  (error as { name?: unknown } | null)?.name === 'RecordDeletedError';

export interface RecordKind<T> {
  store: StoreName;
  parse: (raw: unknown) => ParseResult<T>;
  /** How this view's edit goes onto a record another view stored since (default merge3). */
  merge?: (base: T, local: T, stored: T) => T;
  /** Records derived from each one, written in the same transaction (lib/store/derived.ts). */
  derived?: readonly Derived<T>[];
  /** Stored with an integrity marker that lets a read skip the full check (lib/store/seal.ts). */
  seal?: boolean;
}

export class RevisionedRepo<T extends Revisioned> {
  constructor(
    protected readonly db: MinutesDatabase,
    protected readonly kind: RecordKind<T>,
    protected readonly clock: () => Date = () => new Date(),
  ) {}

  /** The record, `null` when there is none, or the reason it cannot be read. */
  async get(id: string): Promise<T | null | DamagedRecord> {
    return this.readRaw(await this.db.get(this.kind.store, id));
  }

  /** Like `get` for many ids, in one transaction (a restore checking thousands of records). */
  async getMany(ids: readonly string[]): Promise<(T | null | DamagedRecord)[]> {
    const raws = await getRawMany(this.db, this.kind.store, ids);
    return Promise.all(raws.map((raw) => this.readRaw(raw)));
  }

  /** Restores a batch of records from a backup in one transaction (lib/store/batch.ts). */
  restoreMany(records: readonly T[], replace: boolean): Promise<RestoreOutcome[]> {
    const now = this.clock().toISOString();
    return restoreMany(this.db, this.kind.store, records, {
      replace,
      now,
      parse: this.kind.parse,
      derived: this.kind.derived,
      seal: this.kind.seal,
    });
  }

  /** Stores a new record (fails if its id is taken). */
  async create(record: T): Promise<T> {
    const { store, derived } = this.kind;
    await prepareDerived(derived);
    const tx = this.db.transaction(storesFor(store, derived), 'readwrite');
    tx.done.catch(() => {}); // a failed add (the id is taken) is thrown below; this is its echo
    await tx.objectStore(store).add(this.stored(record) as never);
    await putDerived(tx, derived, record);
    await tx.done;
    return record;
  }

  /**
   * Stores `local`, an edit of `base`. If the stored record moved on since `base`, the edit is
   * merged onto it. `strict` durability: a draft is user text, it must survive a killed browser.
   * Throws `RecordDeletedError` when the record is gone (nothing is re-created).
   */
  async save(base: T, local: T): Promise<SaveResult<T>> {
    const { store, derived } = this.kind;
    await prepareDerived(derived);
    const tx = this.db.transaction(storesFor(store, derived), 'readwrite', {
      durability: 'strict',
    });
    const raw: unknown = await tx.objectStore(store).get(local.id);
    const stop = (error: Error) => {
      tx.done.catch(() => {}); // the abort below is the outcome we want, not an error
      tx.abort();
      return error;
    };
    if (raw === undefined) throw stop(new RecordDeletedError(this.kind.store, local.id));
    const stored = this.kind.parse(raw);
    if (!stored.ok) {
      throw stop(
        new Error(`stored ${this.kind.store} ${local.id} cannot be read: ${stored.reason}`),
      );
    }
    const merged = stored.value.rev !== base.rev;
    const next = merged ? (this.kind.merge ?? merge3)(base, local, stored.value) : local;
    const saved: T = {
      ...next,
      rev: stored.value.rev + 1,
      updatedAt: this.clock().toISOString(),
    };
    await tx.objectStore(store).put(this.stored(saved) as never);
    await putDerived(tx, derived, saved);
    await tx.done;
    return { saved, merged };
  }

  /** Moves the record (and nothing else) to the trash, from where `restore` brings it back. */
  async remove(id: string): Promise<void> {
    const { store, derived } = this.kind;
    const tx = this.db.transaction([...storesFor(store, derived), 'trash'], 'readwrite');
    const record: unknown = await tx.objectStore(store).get(id);
    if (record === undefined) return tx.done;
    const deletedAt = this.clock().toISOString();
    await tx.objectStore('trash').put({ id, store, deletedAt, record });
    await tx.objectStore(store).delete(id);
    await deleteDerived(tx, derived, id);
    await tx.done;
  }

  /** Brings a deleted record back; beside, not over, a copy that came back since (lib/store/trash.ts). */
  restore(id: string): Promise<TrashRestore | null> {
    return restoreFromTrash(this.db, this.kind.store, id, this.kind.parse, this.kind.derived);
  }

  /**
   * Writes the record as another computer synced it, or moves it to the trash (`body` null):
   * lib/store/synced.ts. The record as stored, null when deleted, false when left as it was,
   * 'moved' when it is no longer stored as `expected` (its stamp when the pass read it).
   */
  applySynced(
    id: string,
    body: object | null,
    expected: string | null,
  ): Promise<T | null | false | 'moved'> {
    return writeSynced(this.db, this.kind, id, body, this.clock().toISOString(), expected);
  }

  /** A record as written: with its seal when this kind has one. */
  private stored(record: T): T {
    return this.kind.seal ? sealed(record) : record;
  }

  /** The damaged records of this store kept aside so far. */
  async damaged(): Promise<QuarantineEntry[]> {
    return (await this.db.getAll('quarantine')).filter((e) => e.store === this.kind.store);
  }

  /** Parses stored values: the readable records, and the damaged ones (kept aside). */
  protected async readAll(raws: Promise<unknown[]>) {
    const records: T[] = [];
    const damaged: DamagedRecord[] = [];
    for (const raw of await raws) {
      const parsed = this.kind.parse(raw);
      if (parsed.ok) records.push(parsed.value);
      else damaged.push(await this.quarantine(raw, parsed.reason));
    }
    return { records, damaged };
  }

  /** A stored value as the record, `null` for none, or kept aside with its reason. */
  protected async readRaw(raw: unknown): Promise<T | null | DamagedRecord> {
    if (raw === undefined) return null;
    const parsed = this.kind.parse(raw);
    return parsed.ok ? parsed.value : this.quarantine(raw, parsed.reason);
  }

  /** Keeps a copy of a record that failed to parse; the original stays where it was, untouched. */
  protected async quarantine(raw: unknown, reason: string): Promise<DamagedRecord> {
    const { store } = this.kind;
    const entry = quarantineEntry(store, raw, reason, this.clock().toISOString());
    await this.db.put('quarantine', entry);
    return { store, id: entry.id, reason };
  }
}
