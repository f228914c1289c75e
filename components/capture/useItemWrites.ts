import { useMemo } from 'preact/hooks';
import type { ActionItem } from '../../lib/schema';
import { useEnv } from '../context';

export interface ItemWrites {
  create(item: ActionItem): Promise<ActionItem>;
  /** Stores `next`, an edit of `base` (merged onto the stored item if another view wrote). */
  save(base: ActionItem, next: ActionItem): Promise<ActionItem>;
}

/** Action-item writes the one way: through `services.items`, each announced on the change feed. */
export function useItemWrites(put: (item: ActionItem) => void): ItemWrites {
  const { services } = useEnv();
  return useMemo(() => {
    const announce = (item: ActionItem) => {
      services.changes.publish({
        store: 'actionItems',
        id: item.id,
        rev: item.rev,
        from: services.viewId,
      });
      put(item);
      return item;
    };
    return {
      create: async (item) => announce(await services.items.create(item)),
      save: async (base, next) => announce((await services.items.save(base, next)).saved),
    };
  }, [services, put]);
}
