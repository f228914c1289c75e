/**
 * Earlier versions of a meeting's minutes, and when each version was sent out, on the meeting's
 * shelves (lib/adapters/shelf.ts: IndexedDB). Reopening approved minutes starts a new version; the
 * approved one is put aside here first (`versions`) so it stays readable and exportable as the
 * attendees received it. `distributions` records which versions were marked as sent (the
 * method's "within 1 hour of approval" deadline). Both are written rarely and never edited.
 *
 * Every entry is parsed on read (the meeting and its items through the same parsers and migrations
 * as the records); one that fails is counted, left where it is untouched and left out of the list.
 */
import { Distribution, recordSent } from '../distribution';
import { parseVersion } from '../history';
import type { MinutesVersion } from '../review';
import type { Shelves } from './shelf';

export type { Distribution };

export interface VersionList {
  versions: MinutesVersion[];
  /** Entries that could not be read (kept as they are). */
  damaged: number;
}

export interface VersionStore {
  list(meetingId: string): Promise<VersionList>;
  /** Keeps `snapshot`; an entry of the same version (a repeated reopen) is replaced by it. */
  add(snapshot: MinutesVersion): Promise<void>;
  distributions(meetingId: string): Promise<Distribution[]>;
  markDistributed(meetingId: string, version: number, at: Date): Promise<void>;
  /**
   * Keeps the mark of a post to a group (lib/outbox/distribution.ts); a mark of the same send is
   * kept once. Other marks of the version stay: the minutes may go to several groups.
   */
  recordSent(meetingId: string, mark: Distribution): Promise<void>;
}

const sameVersion = (version: number) => (e: unknown) =>
  (e as { version?: unknown } | null)?.version === version;

export function versionStore(shelves: Pick<Shelves, 'versions' | 'distributions'>): VersionStore {
  return {
    async list(meetingId) {
      const versions: MinutesVersion[] = [];
      let damaged = 0;
      for (const entry of await shelves.versions.list(meetingId)) {
        const parsed = parseVersion(entry, meetingId);
        if (parsed) versions.push(parsed);
        else damaged++;
      }
      return { versions: versions.sort((a, b) => a.version - b.version), damaged };
    },
    async add(snapshot) {
      const plain = JSON.parse(JSON.stringify(snapshot)) as unknown;
      if (!parseVersion(plain, snapshot.meeting.id)) throw new Error('invalid version snapshot');
      // A repeated reopen of one version (two views at once) replaces its entry.
      await shelves.versions.put(snapshot.meeting.id, plain, sameVersion(snapshot.version));
    },
    async distributions(meetingId) {
      return (await shelves.distributions.list(meetingId)).flatMap((e) => {
        const parsed = Distribution.safeParse(e);
        return parsed.success ? [parsed.data] : [];
      });
    },
    async markDistributed(meetingId, version, at) {
      const entry = Distribution.parse({ version, at: at.toISOString() });
      await shelves.distributions.put(meetingId, entry, sameVersion(version));
    },
    recordSent: (meetingId, mark) => recordSent(shelves.distributions, meetingId, mark),
  };
}
