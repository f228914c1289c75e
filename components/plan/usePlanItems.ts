import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ActionItem } from '../../lib/schema';
import { useEnv } from '../context';

export interface PlanItems {
  /** null while loading. */
  items: ActionItem[] | null;
  damaged: number;
  error: string | null;
  /** Puts an item this view just stored (its own change message is not echoed back). */
  put: (item: ActionItem) => void;
}

/** One meeting's rows of the 行动计划表, kept current with changes made in other views. */
export function usePlanItems(meetingId: string): PlanItems {
  const { services } = useEnv();
  const [items, setItems] = useState<ActionItem[] | null>(null);
  const [damaged, setDamaged] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  const reload = useCallback(() => {
    const mine = ++seq.current; // a slower, older read must not overwrite a newer one
    services.items.listByMeeting(meetingId).then(
      (result) => {
        if (mine !== seq.current) return;
        setItems(result.items);
        setDamaged(result.damaged.length);
        setError(null);
      },
      (e: unknown) => mine === seq.current && setError(String(e)),
    );
  }, [meetingId, services]);

  useEffect(() => {
    reload();
    return services.changes.subscribe((m) => {
      if (m.store === 'actionItems' && m.from !== services.viewId) reload();
    });
  }, [reload, services]);

  const put = useCallback(
    (item: ActionItem) => {
      setItems((list) => {
        const rest = (list ?? []).filter((x) => x.id !== item.id);
        const at = (list ?? []).findIndex((x) => x.id === item.id);
        if (at < 0) return [...rest, item];
        rest.splice(at, 0, item);
        return rest;
      });
      reload(); // a read in flight may predate this write; the fresh one supersedes it
    },
    [reload],
  );

  return { items, damaged, error, put };
}
