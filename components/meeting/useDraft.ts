import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Autosave, type SaveState } from '../../lib/autosave';
import type { Meeting } from '../../lib/schema';
import { concerns } from '../../lib/store/changes';
import { isRecordDeleted, type DamagedRecord } from '../../lib/store/revisioned';
import { useEnv } from '../ui/context';

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
 * A meeting deleted in another view is not re-created: the state says `deleted`, the edits stay
 * in memory, and `restore` brings it back from the trash with them.
 */
export function useDraft(id: string): {
  load: DraftLoad;
  edit: (update: (m: Meeting) => Meeting) => void;
  /** Stores pending edits now (the timer writer reads the stored meeting, lib/timer/writer.ts). */
  flush: () => Promise<void>;
  restore: () => Promise<void>;
} {
  const { services } = useEnv();
  const [load, setLoad] = useState<DraftLoad>({ kind: 'loading' });
  const saver = useRef<Autosave<Meeting> | null>(null);
  const refresh = useRef<() => Promise<void>>(async () => {});
  /** Shown: its full check follows the paint (lib/store/seal.ts). */
  const [shown, setShown] = useState(false);

  // A layout effect: the read starts right after the first render, not a frame later (Preact
  // runs plain effects after the next animation frame, which a background panel may not get).
  useLayoutEffect(() => {
    let alive = true;
    let mergedAt: number | null = null;
    let unsubscribe = () => {};
    const { meetings, changes } = services;

    void meetings.open(id).then(({ found }) => {
      if (!alive) return;
      if (found === null) return setLoad({ kind: 'missing' });
      if (isDamaged(found)) return setLoad({ kind: 'damaged', reason: found.reason });
      const autosave = new Autosave<Meeting>(found, {
        // Announced by the repository itself (lib/store/announce.ts).
        save: async (base, local) => {
          const result = await meetings.save(base, local);
          if (result.merged) mergedAt = services.now().getTime();
          return result.saved;
        },
        isQuotaError: services.isQuotaError,
        isDeleted: isRecordDeleted,
        now: services.now,
        onChange: (meeting, state) => alive && setLoad({ kind: 'ready', meeting, state, mergedAt }),
      });
      saver.current = autosave;
      setLoad({ kind: 'ready', meeting: found, state: autosave.saveState, mergedAt });
      setShown(true);
      // What is stored now: gone (deleted elsewhere), back (restored), or a newer revision.
      const reread = async () => {
        const stored = await meetings.get(id);
        if (!alive || (stored && isDamaged(stored))) return;
        const gone = autosave.saveState.kind === 'deleted';
        if (stored === null) {
          if (!gone) autosave.deleted();
        } else if (gone) {
          autosave.revive(stored);
        } else if (stored.rev > autosave.stored.rev) {
          if (autosave.dirty) mergedAt = services.now().getTime();
          autosave.receive(stored);
        }
      };
      refresh.current = reread;
      // Echoes of this view's own saves are told apart by revision, not by sender: a save made
      // here by another part of the page (the live timer's sync) is still taken in.
      unsubscribe = changes.subscribe((message) => {
        if (!concerns(message, 'meetings', id)) return;
        if (message.kind === 'saved' && message.rev <= autosave.stored.rev) return;
        void reread();
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
      refresh.current = async () => {};
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('blur', flush);
      // Leaving the editor (back to the list) must not drop the last keystrokes.
      const autosave = saver.current;
      saver.current = null;
      if (autosave) void autosave.flush().finally(() => autosave.dispose());
    };
  }, [id, services]);

  // After the first paint (Preact runs effects after the frame): the full check of a meeting
  // shown on its seal, or the seal of one checked on opening, so that it opens quickly next
  // time. A meeting that fails is kept aside by the repository and leaves the view like one
  // found damaged on opening; nothing more is saved over it.
  useEffect(() => {
    if (!shown) return;
    let alive = true;
    void services.meetings.check(id).then((damaged) => {
      if (!alive || !damaged) return;
      const autosave = saver.current;
      saver.current = null;
      autosave?.dispose();
      setLoad({ kind: 'damaged', reason: damaged.reason });
    });
    return () => void (alive = false);
  }, [shown, id, services]);

  /**
   * Back from the trash, with this view's edits on top. If the trash no longer has it (emptied,
   * everything deleted), the copy held here is stored again: the user asked for it back.
   */
  const restore = async () => {
    const autosave = saver.current;
    if (!autosave) return;
    const back = await services.meetings.restore(id);
    if (!back) await services.meetings.create({ ...autosave.stored, rev: 0 });
    await refresh.current();
  };

  return {
    load,
    edit: (update) => saver.current?.edit(update),
    flush: async () => saver.current?.flush(),
    restore,
  };
}

function isDamaged(value: Meeting | DamagedRecord): value is DamagedRecord {
  return 'reason' in value;
}
