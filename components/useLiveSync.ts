import { useEffect } from 'preact/hooks';
import { deepEqual } from '../lib/merge';
import type { LiveState } from '../lib/timer/live';
import { useEnv } from './context';

/**
 * Copies the timing of the running meeting from the live state (which the page overlay also
 * changes) into the meeting record, at start-up and on every change, so the minutes record the
 * actual times even when the overlay was used while the panel was closed.
 */
export function useLiveSync(): void {
  const { services } = useEnv();
  useEffect(() => {
    const { meetings, live, viewId } = services;
    const sync = async (state: LiveState | null) => {
      // This page's own timer actions are saved by its editor; only others' need copying.
      if (!state || state.writer === viewId) return;
      const m = await meetings.get(state.meetingId);
      if (!m || 'reason' in m || deepEqual(m.timing, state.timing)) return;
      // Through the announcing repository: the editor in this same page takes the newer
      // revision in (components/useDraft.ts compares revisions, not senders).
      await meetings.save(m, { ...m, timing: state.timing });
    };
    void live.read().then(sync);
    return live.watch((state) => void sync(state));
  }, [services]);
}
