import { useMemo } from 'preact/hooks';
import { applyItemUpdate, type ItemPatch } from '../../lib/plan/changes';
import type { DraftErrors } from '../../lib/plan/validate';
import { ACTION_ITEM_SCHEMA_VERSION, ActionItem, newId } from '../../lib/schema';
import { useEnv } from '../context';

export type WriteResult = { ok: true; item: ActionItem } | { ok: false; errors: DraftErrors };

export interface WriteContext {
  /** Who made the change (the history's "who"). */
  by: string;
  /** The meeting it was made in, or null (the tracker). */
  meetingId: string | null;
  note?: string;
}

export interface ItemWriter {
  create(init: Partial<ActionItem> & { meetingId: string }): Promise<ActionItem>;
  /** Applies `patch` with a history entry; refuses 延期 without reason and date. */
  update(item: ActionItem, patch: ItemPatch, ctx: WriteContext): Promise<WriteResult>;
}

function withNote(item: ActionItem, note: string, at: Date, ctx: WriteContext): ActionItem {
  const entry = {
    at: at.toISOString(),
    by: ctx.by.slice(0, 100),
    meetingId: ctx.meetingId,
    changes: [],
    note: note.slice(0, 5000),
  };
  return { ...item, history: [...item.history, entry].slice(-5000), updatedAt: entry.at };
}

/**
 * Creating and updating action items the one way: through `services.items`, each write announced
 * on the change feed so the panel, the tracker and the background (badge, reminders) follow.
 */
export function useItemWriter(): ItemWriter {
  const { services } = useEnv();
  return useMemo(() => {
    const announce = (item: ActionItem) =>
      services.changes.publish({
        store: 'actionItems',
        id: item.id,
        rev: item.rev,
        from: services.viewId,
      });
    return {
      async create(init) {
        const at = services.now().toISOString();
        const item = ActionItem.parse({
          ...init,
          schemaVersion: ACTION_ITEM_SCHEMA_VERSION,
          id: newId(),
          rev: 0,
          createdAt: at,
          updatedAt: at,
          history: [],
        });
        const saved = await services.items.create(item);
        announce(saved);
        return saved;
      },
      async update(item, patch, ctx) {
        const result = applyItemUpdate(item, patch, { at: services.now(), ...ctx });
        if (!result.ok) return result;
        let next = result.item;
        if (!result.changed) {
          const note = (ctx.note ?? '').trim();
          if (note === '') return { ok: true, item };
          // A check-in that changes nothing still goes on record (cause, obstacle, next step).
          next = withNote(item, note, services.now(), ctx);
        }
        const { saved } = await services.items.save(item, next);
        announce(saved);
        return { ok: true, item: saved };
      },
    };
  }, [services]);
}
