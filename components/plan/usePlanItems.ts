import { useCallback } from 'preact/hooks';
import type { ActionItem } from '../../lib/schema';
import { concerns } from '../../lib/store/changes';
import { useEnv } from '../ui/context';
import { useStoreQuery } from '../ui/useStoreQuery';

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
  const query = useStoreQuery(
    () => services.items.listByMeeting(meetingId),
    (m) => concerns(m, 'actionItems'),
    [meetingId],
  );
  const { update, reload } = query;
  const put = useCallback(
    (item: ActionItem) => {
      update((result) => {
        const list = result?.items ?? [];
        const rest = list.filter((x) => x.id !== item.id);
        const at = list.findIndex((x) => x.id === item.id);
        if (at < 0) rest.push(item);
        else rest.splice(at, 0, item);
        return { items: rest, damaged: result?.damaged ?? [] };
      });
      reload(); // a read in flight may predate this write; the fresh one supersedes it
    },
    [update, reload],
  );
  return {
    items: query.value?.items ?? null,
    damaged: query.value?.damaged.length ?? 0,
    error: query.error === null ? null : String(query.error),
    put,
  };
}
