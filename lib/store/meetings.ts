/**
 * The meetings repository: a revisioned store (lib/store/revisioned.ts) plus what only meetings
 * have: the list's summaries, the meetings held on a page, and "delete everything".
 */
import { MEETING_SCHEMA_VERSION, parseMeeting, type Meeting } from '../schema';
import { readSummary, summarise, type MeetingSummary } from '../summary';
import type { ListFilter } from '../meeting-groups';
import type { MinutesDatabase } from './db';
import type { Derived } from './derived';
import { meetingSearch } from './search-doc';
import { RevisionedRepo, type DamagedRecord, type SaveResult } from './revisioned';
import { sealed, unsealed } from './seal';

export type { DamagedRecord } from './revisioned';
export type MeetingSaveResult = SaveResult<Meeting>;

export type { MeetingSummary } from '../summary';

const derived: Derived<Meeting>[] = [{ store: 'summaries', of: summarise }, meetingSearch];

/** What `open` read: the meeting as `get` gives it, and whether it has had the full check. */
export interface Opened {
  found: Meeting | null | DamagedRecord;
  checked: boolean;
}

export class MeetingRepo extends RevisionedRepo<Meeting> {
  constructor(db: MinutesDatabase, clock?: () => Date) {
    super(db, { store: 'meetings', parse: parseMeeting, derived, seal: true }, clock);
  }

  /**
   * The meeting for an editor to show at once: one whose seal matches (lib/store/seal.ts) is
   * returned without the full check (`checked: false`; the caller runs `check` once it has
   * painted); any other is read as `get` reads it, checked.
   */
  async open(id: string): Promise<Opened> {
    const raw: unknown = await this.db.get('meetings', id);
    const quick = unsealed(raw, MEETING_SCHEMA_VERSION);
    if (quick) return { found: quick as unknown as Meeting, checked: false };
    return { found: await this.readRaw(raw), checked: true };
  }

  /**
   * The full check of the meeting as stored now, for an editor that has painted what `open`
   * gave: null when it passes (or the meeting is gone), else the reason, the record kept aside
   * as every read keeps it. A clean meeting without a seal (written before seals, or by another
   * program) is sealed here, in the same transaction, so its next `open` is quick; one that
   * needed a migration or a repair is left for the next save to write.
   */
  async check(id: string): Promise<DamagedRecord | null> {
    const tx = this.db.transaction('meetings', 'readwrite');
    const raw: unknown = await tx.store.get(id);
    if (raw === undefined) return null;
    const parsed = parseMeeting(raw);
    if (parsed.ok && !parsed.repairs && parsed.migratedFrom === null) {
      if (!unsealed(raw, MEETING_SCHEMA_VERSION)) await tx.store.put(sealed(parsed.value));
    }
    await tx.done;
    return parsed.ok ? null : this.quarantine(raw, parsed.reason);
  }

  /**
   * Drafts first (anything not approved), then newest first; damaged records listed apart.
   * Reads the summaries (lib/summary.ts) and only the meetings' keys: a meeting without a
   * readable, current summary (a database restored from elsewhere, a summary of an older
   * format) is read whole and its summary written, and one that cannot be read is reported as
   * damaged. A summary whose meeting is gone is not listed and goes.
   */
  async list(): Promise<{ meetings: MeetingSummary[]; damaged: DamagedRecord[] }> {
    const tx = this.db.transaction(['meetings', 'summaries']);
    const [raws, keys] = await Promise.all([
      tx.objectStore('summaries').getAll(),
      tx.objectStore('meetings').getAllKeys(),
    ]);
    await tx.done;
    const byId = new Map<unknown, MeetingSummary>();
    const orphans: string[] = [];
    for (const raw of raws) {
      const summary = readSummary(raw);
      if (summary) byId.set(summary.id, summary);
      else orphans.push((raw as { id: string }).id); // unreadable: rebuilt below, or gone
    }
    const present = new Set<unknown>(keys);
    for (const id of byId.keys()) if (!present.has(id)) orphans.push(id as string);
    const missing = keys.filter((key) => !byId.has(key));
    const meetings = keys.flatMap((key) => byId.get(key) ?? []);
    const damaged: DamagedRecord[] = [];
    if (missing.length || orphans.length) {
      const repaired = await this.repair(missing, orphans);
      meetings.push(...repaired.summaries);
      damaged.push(...repaired.damaged);
    }
    meetings.sort(
      (a, b) =>
        Number(a.reviewState === 'approved') - Number(b.reviewState === 'approved') ||
        b.updatedAt.localeCompare(a.updatedAt),
    );
    return { meetings, damaged };
  }

  /**
   * Writes the summaries of `ids` from their meetings as stored now (in one transaction, so a
   * save in between cannot leave an older one) and deletes those of `orphans` that have no
   * meeting. Meetings that cannot be read get none and are kept aside as damaged.
   */
  private async repair(ids: readonly unknown[], orphans: readonly string[]) {
    const tx = this.db.transaction(['meetings', 'summaries'], 'readwrite');
    const summaries: MeetingSummary[] = [];
    const unreadable: { raw: unknown; reason: string }[] = [];
    await Promise.all([
      ...ids.map(async (id) => {
        const raw: unknown = await tx.objectStore('meetings').get(id as string);
        if (raw === undefined) return;
        const parsed = parseMeeting(raw);
        if (!parsed.ok) return void unreadable.push({ raw, reason: parsed.reason });
        const summary = summarise(parsed.value);
        summaries.push(summary);
        await tx.objectStore('summaries').put(summary);
      }),
      ...orphans.map(async (id) => {
        if ((await tx.objectStore('meetings').count(id)) === 0) {
          await tx.objectStore('summaries').delete(id);
        }
      }),
    ]);
    await tx.done;
    const damaged: DamagedRecord[] = [];
    for (const { raw, reason } of unreadable) damaged.push(await this.quarantine(raw, reason));
    return { summaries, damaged };
  }

  /** Up to `limit` group headers of the list, older than `before` (lib/store/meeting-list.ts). */
  async groups(filter: ListFilter, timeZone: string, before: string | null, limit: number) {
    return (await import('./meeting-list')).listGroups(this.db, filter, timeZone, before, limit);
  }

  /**
   * A page of one group's summaries, newest first. One that cannot be read is written again from
   * its meeting (or goes, with its meeting gone) and the page read again.
   */
  async groupRows(filter: ListFilter, timeZone: string, key: string, offset: number, limit = 50) {
    const { groupRows } = await import('./meeting-list');
    const read = () => groupRows(this.db, filter, timeZone, key, offset, limit);
    const first = await read();
    if (first.stale.length === 0) return first.rows;
    await this.repair(first.stale, first.stale);
    return (await read()).rows;
  }

  /** The projects and departments that occur, for the list's filters. */
  async facets() {
    return (await import('./meeting-list')).listFacets(this.db);
  }

  /**
   * Writes the summaries the list lacks (a meeting put by other means, a summary of an older
   * format) and drops those whose meeting is gone, from the keys alone; meetings that cannot be
   * read are reported as damaged. The list asks after its first screen.
   */
  async repairSummaries(): Promise<{ repaired: number; damaged: DamagedRecord[] }> {
    const { missing, orphans } = await (await import('./meeting-list')).summaryGaps(this.db);
    if (missing.length === 0 && orphans.length === 0) return { repaired: 0, damaged: [] };
    const { summaries, damaged } = await this.repair(missing, orphans);
    return { repaired: summaries.length + orphans.length, damaged };
  }

  /** Search across all minutes (issue 16); the search is loaded on first use (start-up budget). */
  async search(query: string, limit?: number) {
    return (await import('./search')).searchArchive(this.db, query, limit);
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
}
