import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Autosave, type SaveState } from '../lib/autosave';
import type { Meeting } from '../lib/schema';
import type { DamagedRecord } from '../lib/store/meetings';
import { useEnv } from './context';

export type DraftLoad =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'damaged'; reason: string }
  | {
      kind: 'ready';
      meeting: Meeting;
      state: SaveState;
      /** When an edit from another view was last merged with this one's (ms), else null. */
      mergedAt: number | null;
    };

/**
 * Loads one meeting and keeps it saved: every edit goes through an Autosave, which is flushed
 * when the page is hidden, closed or loses focus; edits stored by other views are merged in.
 */
export function useDraft(id: string): {
  load: DraftLoad;
  edit: (update: (m: Meeting) => Meeting) => void;
  /** Stores pending edits now (the timer writer reads the stored meeting, lib/timer/writer.ts). */
  flush: () => Promise<void>;
} {
  const { services } = useEnv();
  const [load, setLoad] = useState<DraftLoad>({ kind: 'loading' });
  const saver = useRef<Autosave<Meeting> | null>(null);

  // A layout effect: the read starts right after the first render, not a frame later (Preact
  // runs plain effects after the next animation frame, which a background panel may not get).
  useLayoutEffect(() => {
    let alive = true;
    let mergedAt: number | null = null;
    let unsubscribe = () => {};
    const { meetings, changes, viewId } = services;

    void meetings.get(id).then((found) => {
      if (!alive) return;
      if (found === null) return setLoad({ kind: 'missing' });
      if (isDamaged(found)) return setLoad({ kind: 'damaged', reason: found.reason });
      const autosave = new Autosave<Meeting>(found, {
        save: async (base, local) => {
          const result = await meetings.save(base, local);
          if (result.merged) mergedAt = services.now().getTime();
          changes.publish({ store: 'meetings', id, rev: result.saved.rev, from: viewId });
          return result.saved;
        },
        isQuotaError: services.isQuotaError,
        now: services.now,
        onChange: (meeting, state) => alive && setLoad({ kind: 'ready', meeting, state, mergedAt }),
      });
      saver.current = autosave;
      setLoad({ kind: 'ready', meeting: found, state: autosave.saveState, mergedAt });
      unsubscribe = changes.subscribe((message) => {
        if (message.store !== 'meetings' || message.id !== id || message.from === viewId) return;
        void meetings.get(id).then((remote) => {
          if (!alive || !remote || isDamaged(remote)) return;
          if (remote.rev > autosave.stored.rev) {
            if (autosave.dirty) mergedAt = services.now().getTime();
            autosave.receive(remote);
          }
        });
      });
    });

    const flush = () => void saver.current?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('blur', flush);
    return () => {
      alive = false;
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('blur', flush);
      // Leaving the editor (back to the list) must not drop the last keystrokes.
      const autosave = saver.current;
      saver.current = null;
      if (autosave) void autosave.flush().finally(() => autosave.dispose());
    };
  }, [id, services]);

  return {
    load,
    edit: (update) => saver.current?.edit(update),
    flush: async () => saver.current?.flush(),
  };
}

function isDamaged(value: Meeting | DamagedRecord): value is DamagedRecord {
  return 'reason' in value;
}
