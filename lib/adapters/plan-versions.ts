/**
 * Archived versions of a meeting's action plan (计划版本), on the meeting's `planVersions` shelf
 * (lib/adapters/shelf.ts: IndexedDB), oldest first. A version is written once and never edited.
 * Every entry is parsed with the PlanVersion schema on read; one that fails is counted, kept
 * untouched and left out, so a damaged entry never hides the readable ones.
 */
import { PlanVersion } from '../plan/versions';
import type { Shelves } from './shelf';

export interface PlanVersionList {
  versions: PlanVersion[];
  /** Entries that could not be read (kept as they are). */
  damaged: number;
}

export interface PlanVersionStore {
  list(meetingId: string): Promise<PlanVersionList>;
  /** Appends `version` to its meeting's list; the earlier versions stay as they were. */
  add(version: PlanVersion): Promise<void>;
}

export function planVersionStore(shelves: Pick<Shelves, 'planVersions'>): PlanVersionStore {
  const shelf = shelves.planVersions;
  return {
    async list(meetingId) {
      const versions: PlanVersion[] = [];
      let damaged = 0;
      for (const entry of await shelf.list(meetingId)) {
        const parsed = PlanVersion.safeParse(entry);
        if (parsed.success && parsed.data.meetingId === meetingId) versions.push(parsed.data);
        else damaged++;
      }
      // Oldest first by when each was made: one synced from another computer lands after.
      versions.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      return { versions, damaged };
    },
    async add(version) {
      const checked = PlanVersion.parse(version);
      await shelf.put(checked.meetingId, checked);
    },
  };
}
