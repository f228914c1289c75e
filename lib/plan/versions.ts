/**
 * Versions of a meeting's action plan (计划版本). A major change (policy, goal) leads to a new
 * meeting and a re-planned table; the previous plan must stay readable as it was, so a version is
 * a deep copy frozen at the moment it was taken, and two versions can be compared item by item.
 */
import * as z from 'zod/mini';
import { ActionItem, Id, Instant, list, newId, text } from '../schema';
import { fieldChanges, type FieldChange } from './changes';

/** The stored form, parsed on read like every other record. */
export const PlanVersion = z.object({
  id: Id,
  meetingId: Id,
  createdAt: Instant,
  reason: text(2000),
  items: list(ActionItem, 10_000),
});
export type PlanVersion = z.infer<typeof PlanVersion>;

/**
 * The plan as it stands: `items` in their table order (the caller picks them: the meeting's own
 * rows and any carried over into it). `id` is a parameter so tests decide it.
 */
export function snapshotPlan(
  items: readonly ActionItem[],
  meetingId: string,
  at: Date,
  reason: string,
  id: string = newId(),
): Readonly<PlanVersion> {
  return deepFreeze({
    id,
    meetingId,
    createdAt: at.toISOString(),
    reason: reason.slice(0, 2000),
    items: structuredClone([...items]),
  });
}

export interface ItemDiff {
  id: string;
  before: ActionItem;
  after: ActionItem;
  changes: FieldChange[];
}

export interface PlanDiff {
  /** In the newer plan's order. */
  added: ActionItem[];
  /** In the older plan's order. */
  removed: ActionItem[];
  /** Items in both whose user-visible fields differ (not rev, updatedAt or history). */
  changed: ItemDiff[];
}

export function diffPlans(
  older: Pick<PlanVersion, 'items'>,
  newer: Pick<PlanVersion, 'items'>,
): PlanDiff {
  const before = new Map(older.items.map((item) => [item.id, item]));
  const after = new Set(newer.items.map((item) => item.id));
  const diff: PlanDiff = { added: [], removed: [], changed: [] };
  for (const item of newer.items) {
    const old = before.get(item.id);
    if (!old) {
      diff.added.push(item);
      continue;
    }
    const changes = fieldChanges(old, item);
    if (changes.length > 0) diff.changed.push({ id: item.id, before: old, after: item, changes });
  }
  diff.removed = older.items.filter((item) => !after.has(item.id));
  return diff;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
