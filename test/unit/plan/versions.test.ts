import { describe, expect, it } from 'vitest';
import { applyItemUpdate } from '../../../lib/plan/changes';
import { PlanVersion, diffPlans, snapshotPlan } from '../../../lib/plan/versions';
import { makeItem } from '../../helpers/items';

const at = new Date('2026-03-13T08:00:00Z');

describe('plan versions', () => {
  const a = makeItem({ id: 'a', task: '提交成本报告' });
  const b = makeItem({
    id: 'b',
    task: '优化落地页引导',
    ownerDepartment: '市场部',
    ownerName: '张三',
  });
  const c = makeItem({
    id: 'c',
    task: '同步产品功能信息',
    ownerDepartment: '产品部',
    ownerName: '小张',
  });

  it('a version is a frozen copy: later edits and mutation attempts do not reach it', () => {
    const items = [a, b];
    const v1 = snapshotPlan(items, 'm1', at, 'Q3目标调整', 'v1');
    expect(v1).toMatchObject({
      id: 'v1',
      meetingId: 'm1',
      createdAt: '2026-03-13T08:00:00.000Z',
      reason: 'Q3目标调整',
    });
    items[0] = { ...a, task: 'changed' };
    a.notes = 'mutated after the snapshot';
    expect(v1.items.map((i) => [i.task, i.notes])).toEqual([
      ['提交成本报告', ''],
      ['优化落地页引导', ''],
    ]);
    expect(Object.isFrozen(v1.items[0])).toBe(true);
    expect(() => {
      (v1.items[0] as { task: string }).task = 'x';
    }).toThrow(TypeError);
    a.notes = '';
  });

  it('reads back through its schema exactly as written', () => {
    const v1 = snapshotPlan([a, b], 'm1', at, '', 'v1');
    expect(PlanVersion.parse(JSON.parse(JSON.stringify(v1)))).toEqual(v1);
  });

  it('diffs two versions: added, removed, and changed fields (not rev or history)', () => {
    const v1 = snapshotPlan([a, b], 'm1', at, '首版', 'v1');
    const moved = applyItemUpdate(
      a,
      { dueDate: '2026-03-20', ownerName: '赵六' },
      { at, by: '李四', meetingId: 'm2' },
    );
    if (!moved.ok) throw new Error('update refused');
    const touched = { ...b, rev: 7, updatedAt: '2026-03-13T09:00:00.000Z' };
    const v2 = snapshotPlan([c, moved.item, touched], 'm2', at, '政策变化,重新分工', 'v2');
    const diff = diffPlans(v1, v2);
    expect(diff.added.map((i) => i.id)).toEqual(['c']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      {
        id: 'a',
        before: v1.items[0],
        after: v2.items[1],
        changes: [
          { field: 'ownerName', from: '王五', to: '赵六' },
          { field: 'dueDate', from: '2026-03-06', to: '2026-03-20' },
        ],
      },
    ]);
    expect(diffPlans(v2, v1).removed.map((i) => i.id)).toEqual(['c']);
    expect(diffPlans(v1, v1)).toEqual({ added: [], removed: [], changed: [] });
  });
});
