import { useCallback } from 'preact/hooks';
import type { ActionItem } from '../../lib/schema';
import { concerns } from '../../lib/store/changes';
import { useEnv } from '../ui/context';
import { useStoreQuery } from '../ui/useStoreQuery';

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
  const query = useStoreQuery(
    async () => (await services.items.listAll()).items,
    (m) => concerns(m, 'actionItems'),
    [],
  );
  const { update } = query;
  const put = useCallback(
    (item: ActionItem) =>
      update((list) => {
        const all = list ?? [];
        const at = all.findIndex((x) => x.id === item.id);
        return at < 0 ? [...all, item] : all.map((x, i) => (i === at ? item : x));
      }),
    [update],
  );
  return { items: query.value, failed: query.error !== null, put };
}
