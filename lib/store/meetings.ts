/**
 * The meetings repository: reads parse (and migrate) every record, writes are revisioned.
 *
 * Concurrent writers (two panel views of one meeting) are detected by `rev`: a save states the
 * revision it started from; if the stored one is newer, the save re-applies its own changes on
 * top of the stored record with a three-way merge (lib/merge.ts) inside the same transaction,
 * so nothing either view typed is overwritten.
 */
import { merge3 } from '../merge';
import { parseMeeting, type Meeting } from '../schema';
import { getRawMany, restoreMany, type RestoreOutcome } from './batch';
import type { MinutesDatabase, QuarantineEntry } from './db';
import { quarantineEntry } from './quarantine';
import { restoreFromTrash, type TrashRestore } from './trash';

export interface MeetingSummary {
  id: string;
  title: string;
  startAt: string | null;
  updatedAt: string;
  reviewState: Meeting['review']['state'];
  series: string;
}

export interface DamagedRecord {
  store: QuarantineEntry['store'];
  id: string;
  reason: string;
}

export interface SaveResult {
  saved: Meeting;
  /** True when another view had written in between and the two edits were merged. */
  merged: boolean;
}

export class MeetingRepo {
  constructor(
    private readonly db: MinutesDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Drafts first (anything not approved), then newest first; damaged records listed apart. */
  async list(): Promise<{ meetings: MeetingSummary[]; damaged: DamagedRecord[] }> {
    const raws = await this.db.getAll('meetings');
    const meetings: MeetingSummary[] = [];
    const damaged: DamagedRecord[] = [];
    for (const raw of raws) {
      const parsed = parseMeeting(raw);
      if (parsed.ok) meetings.push(summarise(parsed.value));
      else damaged.push(await this.quarantine(raw, parsed.reason));
    }
    meetings.sort(
      (a, b) =>
        Number(a.reviewState === 'approved') - Number(b.reviewState === 'approved') ||
        b.updatedAt.localeCompare(a.updatedAt),
    );
    return { meetings, damaged };
  }

  /** The meeting, `null` when there is none, or the reason it cannot be read. */
  async get(id: string): Promise<Meeting | null | DamagedRecord> {
    return this.readRaw(await this.db.get('meetings', id));
  }

  /** Like `get` for many ids, in one transaction (a restore checking thousands of records). */
  async getMany(ids: readonly string[]): Promise<(Meeting | null | DamagedRecord)[]> {
    const raws = await getRawMany(this.db, 'meetings', ids);
    return Promise.all(raws.map((raw) => this.readRaw(raw)));
  }

  /** A stored value as the record, `null` for none, or kept aside with its reason. */
  private async readRaw(raw: unknown): Promise<Meeting | null | DamagedRecord> {
    if (raw === undefined) return null;
    const parsed = parseMeeting(raw);
    return parsed.ok ? parsed.value : this.quarantine(raw, parsed.reason);
  }

  /** Restores a batch of meetings from a backup in one transaction (lib/store/batch.ts). */
  restoreMany(meetings: readonly Meeting[], replace: boolean): Promise<RestoreOutcome[]> {
    const now = this.clock().toISOString();
    return restoreMany(this.db, 'meetings', meetings, { replace, now, parse: parseMeeting });
  }

  /**
   * Meetings held on a given meeting page: the same platform and meeting code, or the same link.
   * Newest first, so the first is the draft to continue and its series is the one to join.
   */
  async findForPage(page: { platform: string; meetingCode: string; link: string }) {
    const found: Meeting[] = [];
    for (const raw of await this.db.getAll('meetings')) {
      const parsed = parseMeeting(raw);
      if (!parsed.ok) continue;
      const m = parsed.value;
      const sameCode =
        !!page.meetingCode && m.meetingCode === page.meetingCode && m.platform === page.platform;
      if (sameCode || (!!page.link && m.link === page.link)) found.push(m);
    }
    return found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async create(meeting: Meeting): Promise<Meeting> {
    await this.db.add('meetings', meeting);
    return meeting;
  }

  /**
   * Stores `local`, an edit of `base`. If the stored record moved on since `base`, the edit is
   * merged onto it. `strict` durability: a draft is user text, it must survive a killed browser.
   */
  async save(base: Meeting, local: Meeting): Promise<SaveResult> {
    const tx = this.db.transaction('meetings', 'readwrite', { durability: 'strict' });
    const raw = await tx.store.get(local.id);
    let next = local;
    let merged = false;
    let rev = base.rev;
    if (raw !== undefined) {
      const stored = parseMeeting(raw);
      if (!stored.ok) {
        tx.done.catch(() => {}); // the abort below is the outcome we want, not an error
        tx.abort();
        throw new Error(`stored meeting ${local.id} cannot be read: ${stored.reason}`);
      }
      if (stored.value.rev !== base.rev) {
        next = merge3(base, local, stored.value);
        merged = true;
      }
      rev = stored.value.rev;
    }
    const saved: Meeting = { ...next, rev: rev + 1, updatedAt: this.clock().toISOString() };
    await tx.store.put(saved);
    await tx.done;
    return { saved, merged };
  }

  /** Moves the meeting (and nothing else) to the trash, from where `restore` brings it back. */
  async remove(id: string): Promise<void> {
    const tx = this.db.transaction(['meetings', 'trash'], 'readwrite');
    const record = await tx.objectStore('meetings').get(id);
    if (record === undefined) return tx.done;
    await tx.objectStore('trash').put({
      id,
      store: 'meetings',
      deletedAt: this.clock().toISOString(),
      record,
    });
    await tx.objectStore('meetings').delete(id);
    await tx.done;
  }

  /** Brings a deleted record back; beside, not over, a copy that came back since (lib/store/trash.ts). */
  restore(id: string): Promise<TrashRestore | null> {
    return restoreFromTrash(this.db, 'meetings', id, parseMeeting);
  }

  /** Keeps a copy of a record that failed to parse; the original stays where it was, untouched. */
  private async quarantine(raw: unknown, reason: string): Promise<DamagedRecord> {
    const entry = quarantineEntry('meetings', raw, reason, this.clock().toISOString());
    await this.db.put('quarantine', entry);
    return { store: 'meetings', id: entry.id, reason };
  }

  /** Deletes every meeting, action item, trashed and quarantined record (settings: "delete all"). */
  async clearAll(): Promise<void> {
    const stores = ['meetings', 'actionItems', 'trash', 'quarantine'] as const;
    const tx = this.db.transaction(stores, 'readwrite');
    await Promise.all(stores.map((name) => tx.objectStore(name).clear()));
    await tx.done;
  }

  async damaged(): Promise<QuarantineEntry[]> {
    return this.db.getAll('quarantine');
  }
}

function summarise(m: Meeting): MeetingSummary {
  return {
    id: m.id,
    title: m.title,
    startAt: m.startAt,
    updatedAt: m.updatedAt,
    reviewState: m.review.state,
    series: m.series,
  };
}
