import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ActionItem } from '../../lib/schema';
import { useEnv } from '../context';

export interface AllItems {
  /** null while loading. */
  items: ActionItem[] | null;
  failed: boolean;
  /** Puts an item this view just stored (its own change message is not echoed back). */
  put: (item: ActionItem) => void;
}

/**
 * Every action item (the earlier meetings' open ones are reviewed here, this meeting's are
 * confirmed at the close), kept current with the changes other views announce.
 */
export function useAllItems(): AllItems {
  const { services } = useEnv();
  const [items, setItems] = useState<ActionItem[] | null>(null);
  const [failed, setFailed] = useState(false);
  const seq = useRef(0);

  const reload = useCallback(() => {
    const mine = ++seq.current; // an older, slower read must not overwrite a newer one
    services.items.listAll().then(
      (result) => {
        if (mine !== seq.current) return;
        setItems(result.items);
        setFailed(false);
      },
      () => mine === seq.current && setFailed(true),
    );
  }, [services]);

  useEffect(() => {
    reload();
    return services.changes.subscribe((m) => {
      if (m.store === 'actionItems' && m.from !== services.viewId) reload();
    });
  }, [reload, services]);

  const put = useCallback((item: ActionItem) => {
    seq.current++; // a read in flight may predate this write
    setItems((list) => {
      const all = list ?? [];
      const at = all.findIndex((x) => x.id === item.id);
      return at < 0 ? [...all, item] : all.map((x, i) => (i === at ? item : x));
    });
  }, []);

  return { items, failed, put };
}
