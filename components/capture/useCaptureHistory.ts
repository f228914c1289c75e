import { useCallback, useRef, useState } from 'preact/hooks';
import {
  captureOf,
  createHistory,
  push,
  redo as redoStep,
  sameCapture,
  undo as undoStep,
  withCapture,
  type Capture,
  type History,
} from '../../lib/capture/points';
import type { Meeting } from '../../lib/schema';

export interface CaptureHistory {
  /** Applies a capture edit as one undo step; false when it changed nothing. */
  apply: (op: (m: Meeting) => Meeting) => boolean;
  undo: () => boolean;
  redo: () => boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Undo/redo of the capture edits (points and decisions) of this view. Edits that arrive from
 * elsewhere become the present without an undo step of their own.
 */
export function useCaptureHistory(edit: (u: (m: Meeting) => Meeting) => void): CaptureHistory {
  const editRef = useRef(edit);
  editRef.current = edit;
  const history = useRef<History<Capture> | null>(null);
  const [, setVersion] = useState(0);

  const run = useCallback((step: (h: History<Capture>, m: Meeting) => History<Capture>) => {
    let changed = false;
    editRef.current((m) => {
      const present = captureOf(m);
      const h = history.current;
      const synced = !h
        ? createHistory(present)
        : sameCapture(h.present, present)
          ? h
          : { ...h, present };
      const next = step(synced, m);
      history.current = next;
      if (next === synced) return m;
      changed = true;
      return withCapture(m, next.present);
    });
    if (changed) setVersion((v) => v + 1);
    return changed;
  }, []);

  const apply = useCallback(
    (op: (m: Meeting) => Meeting) =>
      run((h, m) => {
        const next = op(m);
        return next === m ? h : push(h, captureOf(next), sameCapture);
      }),
    [run],
  );
  const undo = useCallback(() => run((h) => undoStep(h)), [run]);
  const redo = useCallback(() => run((h) => redoStep(h)), [run]);
  const h = history.current;
  return { apply, undo, redo, canUndo: !!h?.past.length, canRedo: !!h?.future.length };
}
