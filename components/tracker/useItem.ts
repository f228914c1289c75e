import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ActionItem } from '../../lib/schema';
import { useEnv } from '../ui/context';

/**
 * One action item by id (the item page): read alone, never with every other item; read again
 * when another view changes it. `undefined` while reading, null when there is none (or it
 * cannot be read).
 */
export function useItem(id: string | null) {
  const { services } = useEnv();
  const [item, setItem] = useState<ActionItem | null | undefined>(undefined);
  const put = useCallback(
    (next: ActionItem) => setItem((was) => (was && was.rev > next.rev ? was : next)),
    [],
  );
  useEffect(() => {
    setItem(undefined);
    if (id === null) return;
    let alive = true;
    const read = () =>
      services.items.get(id).then(
        (found) => alive && setItem(found === null || 'reason' in found ? null : found),
        () => alive && setItem(null),
      );
    void read();
    const stop = services.changes.subscribe((m) => {
      if (m.kind === 'reset' || (m.id === id && m.from !== services.viewId)) void read();
    });
    return () => {
      alive = false;
      stop();
    };
  }, [services, id]);
  return { item, put };
}
