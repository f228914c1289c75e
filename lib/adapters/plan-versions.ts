/**
 * Adapter: archived versions of a meeting's action plan (计划版本) in `storage.local`, one key per
 * meeting (`planVersions:<meetingId>`), oldest first. There is no IndexedDB store for them; a
 * version is written once and never edited, so a small list per meeting is enough. Every entry is
 * parsed with the PlanVersion schema on read; one that fails is counted, kept in storage untouched
 * and left out, so a damaged entry never hides the readable ones.
 */
import { PlanVersion } from '../plan/versions';
import type { StorageLike } from './live-store';

export const planVersionsKey = (meetingId: string) => `planVersions:${meetingId}`;

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

export function planVersionStore(api: Pick<StorageLike, 'storage'>): PlanVersionStore {
  const local = api.storage.local;
  const raw = async (meetingId: string): Promise<unknown[]> => {
    const value = (await local.get(planVersionsKey(meetingId)))[planVersionsKey(meetingId)];
    return Array.isArray(value) ? value : [];
  };
  return {
    async list(meetingId) {
      const versions: PlanVersion[] = [];
      let damaged = 0;
      for (const entry of await raw(meetingId)) {
        const parsed = PlanVersion.safeParse(entry);
        if (parsed.success && parsed.data.meetingId === meetingId) versions.push(parsed.data);
        else damaged++;
      }
      return { versions, damaged };
    },
    async add(version) {
      const checked = PlanVersion.parse(version);
      const stored = await raw(checked.meetingId);
      // JSON round trip: a frozen snapshot becomes plain data that storage can clone.
      const plain: unknown = JSON.parse(JSON.stringify(checked));
      await local.set({ [planVersionsKey(checked.meetingId)]: [...stored, plain] });
    },
  };
}
