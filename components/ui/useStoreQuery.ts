import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChangeMessage } from '../../lib/store/changes';
import { useEnv } from './context';

export interface StoreQuery<R> {
  /** null while the first read is under way. */
  value: R | null;
  error: unknown;
  /** Reads again (after this view's own write, which the feed does not echo to it). */
  reload: () => void;
  /** Changes the value in place (a record this view just stored); a read in flight is dropped. */
  update: (change: (value: R | null) => R | null) => void;
}

/**
 * A read of the stores kept current: loaded when the component mounts (and when `deps` change),
 * read again when another view announces a change that `concerns` it (lib/store/changes.ts), or
 * when any view announces a reset. This view's own writes are not echoed: the component that
 * wrote already knows (`update`, `reload`). An older, slower read never overwrites a newer one,
 * and nothing is set after unmount.
 */
export function useStoreQuery<R>(
  load: () => Promise<R>,
  concerns: (message: ChangeMessage) => boolean,
  deps: readonly unknown[],
): StoreQuery<R> {
  const { services } = useEnv();
  const [value, setValue] = useState<R | null>(null);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);
  const alive = useRef(true);
  const latest = useRef({ load, concerns });
  latest.current = { load, concerns };

  const reload = useCallback(() => {
    const mine = ++seq.current;
    latest.current.load().then(
      (result) => {
        if (!alive.current || mine !== seq.current) return;
        setValue(result);
        setError(null);
      },
      (e: unknown) => alive.current && mine === seq.current && setError(e ?? 'failed'),
    );
  }, []);

  // A layout effect: the read starts right after the first render, not a frame later (Preact
  // runs plain effects after the next animation frame, which a background panel may not get).
  useLayoutEffect(() => {
    alive.current = true;
    reload();
    const stop = services.changes.subscribe((m) => {
      const foreign = m.kind === 'reset' || m.from !== services.viewId;
      if (foreign && latest.current.concerns(m)) reload();
    });
    return () => {
      alive.current = false;
      stop();
    };
  }, [services, reload, ...deps]); // `deps`: the query's inputs (an id), read again when they change

  const update = useCallback((change: (value: R | null) => R | null) => {
    seq.current++; // a read in flight may predate this write
    setValue(change);
  }, []);

  return { value, error, reload, update };
}
