/**
 * The action-items repository: each row of the 行动计划表 stored on its own, so it can be tracked
 * across meetings. Same contract as MeetingRepo (lib/store/meetings.ts): reads parse (and migrate)
 * every record and keep damaged ones aside; writes are revisioned, and a save that finds a newer
 * stored revision merges its edit onto it (lib/merge.ts) inside the same transaction.
 *
 * One difference: `history` entries have no id, so merge3 would let the saving view's trail
 * replace the other's. The trail is append-only, so the merge keeps the stored entries and adds
 * the ones this view appended since its base: both updates stay on record.
 */
import { deepEqual, merge3 } from '../merge';
import { parseActionItem, type ActionItem } from '../schema';
import { getRawMany, restoreMany, type RestoreOutcome } from './batch';
import type { MinutesDatabase, QuarantineEntry } from './db';
import { quarantineEntry } from './quarantine';
import { restoreFromTrash, type TrashRestore } from './trash';
import type { DamagedRecord } from './meetings';

export interface ItemSaveResult {
  saved: ActionItem;
  /** True when another view had written in between and the two edits were merged. */
  merged: boolean;
}

const MAX_HISTORY = 5000;
const order = (item: ActionItem) => Date.parse(item.createdAt);

export class ActionItemRepo {
  constructor(
    private readonly db: MinutesDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Every readable item (the tracker filters and sorts them, lib/plan/filter.ts). */
  listAll(): Promise<{ items: ActionItem[]; damaged: DamagedRecord[] }> {
    return this.read(this.db.getAll('actionItems'));
  }

  /** The rows of one meeting's plan, oldest first (table order). */
  async listByMeeting(
    meetingId: string,
  ): Promise<{ items: ActionItem[]; damaged: DamagedRecord[] }> {
    const result = await this.read(this.db.getAllFromIndex('actionItems', 'by-meeting', meetingId));
    result.items.sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return result;
  }

  /** The item, `null` when there is none, or the reason it cannot be read. */
  async get(id: string): Promise<ActionItem | null | DamagedRecord> {
    return this.readRaw(await this.db.get('actionItems', id));
  }

  /** Like `get` for many ids, in one transaction (a restore checking thousands of records). */
  async getMany(ids: readonly string[]): Promise<(ActionItem | null | DamagedRecord)[]> {
    const raws = await getRawMany(this.db, 'actionItems', ids);
    return Promise.all(raws.map((raw) => this.readRaw(raw)));
  }

  /** A stored value as the record, `null` for none, or kept aside with its reason. */
  private async readRaw(raw: unknown): Promise<ActionItem | null | DamagedRecord> {
    if (raw === undefined) return null;
    const parsed = parseActionItem(raw);
    return parsed.ok ? parsed.value : this.quarantine(raw, parsed.reason);
  }

  /** Restores a batch of items from a backup in one transaction (lib/store/batch.ts). */
  restoreMany(items: readonly ActionItem[], replace: boolean): Promise<RestoreOutcome[]> {
    const now = this.clock().toISOString();
    return restoreMany(this.db, 'actionItems', items, { replace, now, parse: parseActionItem });
  }

  async create(item: ActionItem): Promise<ActionItem> {
    await this.db.add('actionItems', item);
    return item;
  }

  /** Stores `local`, an edit of `base`, merged onto the stored record if that moved on. */
  async save(base: ActionItem, local: ActionItem): Promise<ItemSaveResult> {
    const tx = this.db.transaction('actionItems', 'readwrite', { durability: 'strict' });
    const raw = await tx.store.get(local.id);
    let next = local;
    let merged = false;
    let rev = base.rev;
    if (raw !== undefined) {
      const stored = parseActionItem(raw);
      if (!stored.ok) {
        tx.done.catch(() => {}); // the abort below is the outcome we want, not an error
        tx.abort();
        throw new Error(`stored action item ${local.id} cannot be read: ${stored.reason}`);
      }
      if (stored.value.rev !== base.rev) {
        next = {
          ...merge3(base, local, stored.value),
          history: mergeHistory(base, local, stored.value),
        };
        merged = true;
      }
      rev = stored.value.rev;
    }
    const saved: ActionItem = { ...next, rev: rev + 1, updatedAt: this.clock().toISOString() };
    await tx.store.put(saved);
    await tx.done;
    return { saved, merged };
  }

  /** Moves the item to the trash, from where `restore` brings it back. */
  async remove(id: string): Promise<void> {
    const tx = this.db.transaction(['actionItems', 'trash'], 'readwrite');
    const record = await tx.objectStore('actionItems').get(id);
    if (record === undefined) return tx.done;
    const deletedAt = this.clock().toISOString();
    await tx.objectStore('trash').put({ id, store: 'actionItems', deletedAt, record });
    await tx.objectStore('actionItems').delete(id);
    await tx.done;
  }

  /** Brings a deleted record back; beside, not over, a copy that came back since (lib/store/trash.ts). */
  restore(id: string): Promise<TrashRestore | null> {
    return restoreFromTrash(this.db, 'actionItems', id, parseActionItem);
  }

  /** The damaged action items kept aside so far. */
  async damaged(): Promise<QuarantineEntry[]> {
    return (await this.db.getAll('quarantine')).filter((e) => e.store === 'actionItems');
  }

  private async read(raws: Promise<unknown[]>) {
    const items: ActionItem[] = [];
    const damaged: DamagedRecord[] = [];
    for (const raw of await raws) {
      const parsed = parseActionItem(raw);
      if (parsed.ok) items.push(parsed.value);
      else damaged.push(await this.quarantine(raw, parsed.reason));
    }
    return { items, damaged };
  }

  /** Keeps a copy of a record that failed to parse; the original stays where it was, untouched. */
  private async quarantine(raw: unknown, reason: string): Promise<DamagedRecord> {
    const entry = quarantineEntry('actionItems', raw, reason, this.clock().toISOString());
    await this.db.put('quarantine', entry);
    return { store: 'actionItems', id: entry.id, reason };
  }
}

/** The stored trail plus what this view appended since `base` (the trail only ever grows). */
function mergeHistory(base: ActionItem, local: ActionItem, stored: ActionItem) {
  // Found by content, not length: a trail at its cap drops its oldest entry as it grows.
  const last = base.history[base.history.length - 1];
  let from = last === undefined ? 0 : local.history.length;
  while (from > 0 && !deepEqual(local.history[from - 1], last)) from--;
  if (last !== undefined && from === 0) from = base.history.length;
  return [...stored.history, ...local.history.slice(from)].slice(-MAX_HISTORY);
}
