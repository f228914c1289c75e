import { describe, expect, it } from 'vitest';
import { reviewEntry, reviewItem } from '../../../lib/capture/review';
import { ACTION_ITEM_SCHEMA_VERSION, ActionItem } from '../../../lib/schema';

const T0 = new Date('2026-03-09T06:30:00.000Z');
const ctx = { at: T0, by: '李四', meetingId: 'm2' };
const item = ActionItem.parse({
  schemaVersion: ACTION_ITEM_SCHEMA_VERSION,
  id: 'i1',
  rev: 3,
  createdAt: '2026-03-02T06:00:00.000Z',
  updatedAt: '2026-03-02T06:00:00.000Z',
  meetingId: 'm1',
  task: '落地页重新设计',
  dueDate: '2026-03-06',
});
const input = { status: 'in_progress' as const, note: '', delayReason: '', revisedDueDate: null };

describe('reviewItem', () => {
  it('records the status change with the note in the item history', () => {
    const r = reviewItem(item, { ...input, note: ' 设计稿已完成 ' }, ctx);
    expect(r.ok && r.item.status).toBe('in_progress');
    expect(r.ok && r.item.history).toEqual([
      {
        at: T0.toISOString(),
        by: '李四',
        meetingId: 'm2',
        changes: [{ field: 'status', from: 'not_started', to: 'in_progress' }],
        note: '设计稿已完成',
      },
    ]);
  });

  it('wants a reason and an adjusted date for 延期', () => {
    const r = reviewItem(item, { ...input, status: 'delayed' }, ctx);
    expect(r).toEqual({
      ok: false,
      errors: { delayReason: 'requiredWhenDelayed', revisedDueDate: 'requiredWhenDelayed' },
    });
    const ok = reviewItem(
      item,
      { ...input, status: 'delayed', delayReason: '供应商延迟', revisedDueDate: '2026-03-20' },
      ctx,
    );
    expect(ok.ok && ok.item).toMatchObject({
      status: 'delayed',
      delayReason: '供应商延迟',
      revisedDueDate: '2026-03-20',
    });
  });

  it('records a note alone; nothing at all changes nothing', () => {
    const r = reviewItem(item, { ...input, status: 'not_started', note: '本周开始' }, ctx);
    expect(r.ok && r.changed && r.item.history.at(-1)).toMatchObject({
      changes: [],
      note: '本周开始',
    });
    expect(reviewItem(item, { ...input, status: 'not_started' }, ctx)).toEqual({
      ok: true,
      item,
      changed: false,
    });
  });
});

describe('reviewEntry', () => {
  it('keeps the delay fields only for 延期', () => {
    expect(
      reviewEntry(item, { ...input, delayReason: 'x', revisedDueDate: '2026-03-20' }, T0),
    ).toEqual({
      actionItemId: 'i1',
      status: 'in_progress',
      note: '',
      delayReason: '',
      revisedDueDate: null,
      at: T0.toISOString(),
    });
  });
});
