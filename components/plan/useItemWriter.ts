import { useMemo } from 'preact/hooks';
import { applyItemUpdate, withCheckIn, type ItemPatch } from '../../lib/plan/changes';
import type { DraftErrors } from '../../lib/plan/validate';
import { ACTION_ITEM_SCHEMA_VERSION, ActionItem, newId } from '../../lib/schema';
import { useEnv } from '../ui/context';

export type WriteResult = { ok: true; item: ActionItem } | { ok: false; errors: DraftErrors };

export interface WriteContext {
  /** Who made the change (the history's "who"). */
  by: string;
  /** The meeting it was made in, or null (the tracker). */
  meetingId: string | null;
  note?: string;
}

export interface ItemWriter {
  /** A new item; what `init` leaves out (id, times, an empty history) is filled in. */
  create(init: Partial<ActionItem> & { meetingId: string }): Promise<ActionItem>;
  /** Applies `patch` with a history entry; refuses 延期 without reason and date. */
  update(item: ActionItem, patch: ItemPatch, ctx: WriteContext): Promise<WriteResult>;
  /** Stores `next`, an edit of `base` already made by a domain rule (a review, lib/capture). */
  save(base: ActionItem, next: ActionItem): Promise<ActionItem>;
  /**
   * Brings back an item deleted in another view while it was being edited here: from the trash,
   * or, when the trash no longer has it (emptied, everything deleted), as this view read it.
   */
  restore(item: ActionItem): Promise<void>;
}

/**
 * Creating and updating action items: through `services.items`, which announces each write to
 * the other views (lib/store/announce.ts) so the panel, the tracker and the background follow.
 * `onStored` hears every item this view stored (its own writes are not echoed back to it).
 * A save of an item deleted elsewhere throws RecordDeletedError (lib/store/revisioned.ts).
 */
export function useItemWriter(onStored?: (item: ActionItem) => void): ItemWriter {
  const { services } = useEnv();
  return useMemo(() => {
    const stored = (item: ActionItem) => {
      onStored?.(item);
      return item;
    };
    const save = async (base: ActionItem, next: ActionItem) =>
      stored((await services.items.save(base, next)).saved);
    return {
      async create(init) {
        const at = services.now().toISOString();
        const item = ActionItem.parse({
          schemaVersion: ACTION_ITEM_SCHEMA_VERSION,
          id: newId(),
          rev: 0,
          createdAt: at,
          updatedAt: at,
          history: [],
          ...init,
        });
        return stored(await services.items.create(item));
      },
      async update(item, patch, ctx) {
        const at = services.now();
        const result = applyItemUpdate(item, patch, { at, ...ctx });
        if (!result.ok) return result;
        const next = result.changed ? result.item : withCheckIn(item, { at, ...ctx });
        if (next === item) return { ok: true, item };
        return { ok: true, item: await save(item, next) };
      },
      save,
      async restore(item) {
        if (!(await services.items.restore(item.id))) await services.items.create(item);
      },
    };
  }, [services, onStored]);
}
