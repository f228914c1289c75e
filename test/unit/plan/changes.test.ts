import { describe, expect, it } from 'vitest';
import { ActionItem } from '../../../lib/schema';
import { applyItemUpdate, statusHistory, type ItemPatch } from '../../../lib/plan/changes';
import { makeItem } from '../../helpers/items';

const at = (iso: string) => new Date(iso);
const weekly = (iso: string, note?: string) => ({ at: at(iso), by: '李四', meetingId: 'm2', note });

/** Applies an update that must succeed. */
function update(item: ActionItem, patch: ItemPatch, ctx = weekly('2026-03-06T02:00:00Z')) {
  const result = applyItemUpdate(item, patch, ctx);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('applyItemUpdate', () => {
  it('records each changed field, who, when, where and why, in one entry', () => {
    const item = makeItem();
    const { item: next, changed } = update(
      item,
      { dueDate: '2026-03-09', support: '需要采购部报价', task: item.task },
      weekly('2026-03-04T02:00:00Z', '周会调整'),
    );
    expect(changed).toBe(true);
    expect(next).toMatchObject({ dueDate: '2026-03-09', updatedAt: '2026-03-04T02:00:00.000Z' });
    expect(next.history).toEqual([
      {
        at: '2026-03-04T02:00:00.000Z',
        by: '李四',
        meetingId: 'm2',
        note: '周会调整',
        changes: [
          { field: 'dueDate', from: '2026-03-06', to: '2026-03-09' },
          { field: 'support', from: '', to: '需要采购部报价' },
        ],
      },
    ]);
    expect(ActionItem.safeParse(next).success).toBe(true);
    expect(item.history).toEqual([]); // the input is not touched
  });

  it.each<[string, ItemPatch]>([
    ['an empty patch', {}],
    ['the same values', { task: '提交增加生产线的成本报告', dueDate: '2026-03-06' }],
    ['equal lists', { collaborators: [] }],
    ['undefined fields', { task: undefined }],
  ])('%s is no change: same item, no history entry', (_name, patch) => {
    const item = makeItem();
    const result = update(item, patch, weekly('2026-03-04T02:00:00Z', 'note only'));
    expect(result).toEqual({ ok: true, item, changed: false });
  });

  it.each<[string, ItemPatch, object]>([
    [
      'no reason, no date',
      { status: 'delayed' },
      { delayReason: 'requiredWhenDelayed', revisedDueDate: 'requiredWhenDelayed' },
    ],
    [
      'a reason of spaces',
      { status: 'delayed', delayReason: '  ', revisedDueDate: '2026-03-13' },
      { delayReason: 'requiredWhenDelayed' },
    ],
    [
      'no adjusted date',
      { status: 'delayed', delayReason: '报价未到' },
      { revisedDueDate: 'requiredWhenDelayed' },
    ],
  ])('延期 with %s is refused', (_name, patch, errors) => {
    expect(applyItemUpdate(makeItem(), patch, weekly('2026-03-06T02:00:00Z'))).toEqual({
      ok: false,
      errors,
    });
  });

  it('an old delayed row without a date can still get a note', () => {
    const old = makeItem({ status: 'delayed', delayReason: '报价未到' });
    expect(update(old, { notes: '周五再确认' }).item.notes).toBe('周五再确认');
    expect(
      applyItemUpdate(old, { delayReason: '供应商延误' }, weekly('2026-03-06T02:00:00Z')).ok,
    ).toBe(false);
  });

  it('keeps the trail within the schema bound, dropping the oldest entries', () => {
    const entry = {
      at: '2026-03-03T00:00:00.000Z',
      by: 'x',
      meetingId: null,
      changes: [],
      note: '',
    };
    const full = makeItem({ history: Array.from({ length: 5000 }, () => entry) });
    const next = update(full, { notes: '新' }).item;
    expect(next.history).toHaveLength(5000);
    expect(next.history.at(-1)?.changes).toEqual([{ field: 'notes', from: '', to: '新' }]);
    expect(ActionItem.safeParse(next).success).toBe(true);
  });
});

describe('statusHistory', () => {
  it('tells the weekly story: started, delayed with reason and date, done', () => {
    let item = makeItem();
    item = update(item, { status: 'in_progress' }, weekly('2026-03-03T02:00:00Z')).item;
    item = update(item, { notes: '已联系供应商' }, weekly('2026-03-04T02:00:00Z')).item;
    item = update(
      item,
      { status: 'delayed', delayReason: '供应商报价未到', revisedDueDate: '2026-03-13' },
      weekly('2026-03-06T02:00:00Z', '周会确认延期'),
    ).item;
    item = update(item, { revisedDueDate: '2026-03-16' }, weekly('2026-03-10T02:00:00Z')).item;
    item = update(item, { status: 'done' }, weekly('2026-03-13T09:00:00Z', '已提交')).item;

    expect(statusHistory(item)).toEqual([
      { at: item.createdAt, by: '', meetingId: 'm1', from: null, to: 'not_started', note: '' },
      {
        at: '2026-03-03T02:00:00.000Z',
        by: '李四',
        meetingId: 'm2',
        from: 'not_started',
        to: 'in_progress',
        note: '',
      },
      {
        at: '2026-03-06T02:00:00.000Z',
        by: '李四',
        meetingId: 'm2',
        from: 'in_progress',
        to: 'delayed',
        note: '周会确认延期',
        delayReason: '供应商报价未到',
        revisedDueDate: '2026-03-13', // as given then, not as moved later
      },
      {
        at: '2026-03-13T09:00:00.000Z',
        by: '李四',
        meetingId: 'm2',
        from: 'delayed',
        to: 'done',
        note: '已提交',
      },
    ]);
    expect(item.history).toHaveLength(5);
  });

  it('an untouched item has only its starting status', () => {
    expect(statusHistory(makeItem({ status: 'in_progress' })).map((s) => s.to)).toEqual([
      'in_progress',
    ]);
  });
});
