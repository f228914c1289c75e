import { describe, expect, it } from 'vitest';
import { STATUSES, type ActionItem } from '../../../lib/schema';
import { addDays } from '../../../lib/plan/calendar';
import { effectiveDue } from '../../../lib/plan/due';
import { attention, dueBucket, queryItems, type DueBucket } from '../../../lib/plan/filter';
import { makeItem } from '../../helpers/items';

const SH = 'Asia/Shanghai';
// Wednesday 2026-03-04, 18:00 in Beijing: this week is 2–8 March, next week 9–15 March.
const now = new Date('2026-03-04T10:00:00Z');
const today = '2026-03-04';

describe('due buckets (weeks start on Monday)', () => {
  it.each<[string, Partial<ActionItem>, DueBucket, string?]>([
    ['due yesterday, open', { dueDate: '2026-03-03' }, 'overdue'],
    ['due yesterday, done', { dueDate: '2026-03-03', status: 'done' }, 'thisWeek'],
    ['due last month, done', { dueDate: '2026-02-02', status: 'done' }, 'thisWeek'],
    ['due today', { dueDate: '2026-03-04' }, 'thisWeek'],
    ['due Sunday', { dueDate: '2026-03-08' }, 'thisWeek'],
    ['due next Monday', { dueDate: '2026-03-09' }, 'nextWeek'],
    ['due next Sunday', { dueDate: '2026-03-15' }, 'nextWeek'],
    ['due in two weeks', { dueDate: '2026-03-16' }, 'later'],
    ['no due date', { dueDate: null }, 'noDate'],
    [
      'delayed: the adjusted date counts',
      { dueDate: '2026-03-01', status: 'delayed', revisedDueDate: '2026-03-10' },
      'nextWeek',
    ],
    ['delayed without an adjusted date', { dueDate: '2026-03-01', status: 'delayed' }, 'overdue'],
    [
      'not delayed: an old adjusted date is ignored',
      { dueDate: '2026-03-01', status: 'in_progress', revisedDueDate: '2026-03-10' },
      'overdue',
    ],
    ['seen on a Sunday, Monday is next week', { dueDate: '2026-03-09' }, 'nextWeek', '2026-03-08'],
    ['seen on a Monday, Sunday is this week', { dueDate: '2026-03-15' }, 'thisWeek', '2026-03-09'],
  ])('%s → %s', (_name, init, bucket, day = today) => {
    expect(dueBucket(makeItem(init), day)).toBe(bucket);
  });

  it("uses today in the user's zone", () => {
    const item = makeItem({ dueDate: '2026-03-04' });
    const late = new Date('2026-03-04T17:00:00Z'); // Thursday 01:00 in Beijing, noon in New York
    expect(queryItems([item], { buckets: ['overdue'] }, late, SH)).toEqual([item]);
    expect(queryItems([item], { buckets: ['overdue'] }, late, 'America/New_York')).toEqual([]);
  });
});

describe('attention', () => {
  it.each<[Partial<ActionItem>, string[]]>([
    [{ ownerConfirmed: true }, []],
    [{}, ['notConfirmed']],
    [{ ownerName: ' ', dueDate: null }, ['noOwner', 'noDueDate', 'notConfirmed']],
    [{ ownerName: '', dueDate: null, status: 'done' }, []],
  ])('%j → %j', (init, flags) => {
    expect(attention(makeItem(init))).toEqual(flags);
  });
});

describe('tracker queries over 5,000 items', () => {
  const DEPTS = ['市场部', '销售部', '产品部', '财务部'];
  const OWNERS = ['张三', '李四', '王五', '赵六', '小张', 'Alice', ''];
  const items = Array.from({ length: 5000 }, (_, i) => {
    const status = STATUSES[i % 4]!;
    const dueDate = i % 10 === 0 ? null : addDays('2026-02-20', i % 40);
    return makeItem({
      id: `i${String(i).padStart(4, '0')}`,
      ownerDepartment: DEPTS[i % 4]!,
      ownerName: OWNERS[i % 7]!,
      status,
      series: i % 2 ? '项目Q3推广' : '年度目标',
      dueDate,
      revisedDueDate: status === 'delayed' && dueDate && i % 3 ? addDays(dueDate, 14) : null,
      task: `任务${i}: ${i % 13 === 0 ? '优化小红书落地页' : '同步产品功能'}`,
      notes: i % 17 === 0 ? 'CRM 数据导出' : '',
      ownerConfirmed: i % 3 !== 0,
      updatedAt: new Date(Date.UTC(2026, 2, 1) + ((i * 7919) % 5000) * 60_000).toISOString(),
    });
  });
  const run = (q: Parameters<typeof queryItems>[1]) => queryItems(items, q, now, SH);

  it('filters by department, owner, status and series together', () => {
    const found = run({
      departments: ['市场部'],
      owners: ['张三', '李四'],
      statuses: ['not_started'],
      series: ['年度目标'],
    });
    const expected = items.filter(
      (i) =>
        i.ownerDepartment === '市场部' &&
        ['张三', '李四'].includes(i.ownerName) &&
        i.status === 'not_started' &&
        i.series === '年度目标',
    );
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set(expected));
  });

  it('overdue means open and past the (adjusted) due day', () => {
    const found = run({ buckets: ['overdue'] });
    const expected = items.filter(
      (i) => i.status !== 'done' && (effectiveDue(i) ?? '9999') < today,
    );
    expect(found.length).toBe(expected.length);
    expect(found.every((i) => i.status !== 'done')).toBe(true);
    const buckets = ['overdue', 'thisWeek', 'nextWeek', 'later', 'noDate'] as const;
    const sizes = buckets.map((b) => run({ buckets: [b] }).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(5000);
    expect(sizes[4]).toBe(500);
  });

  it.each([
    ['小红书', (i: ActionItem) => i.task.includes('小红书')],
    ['crm', (i: ActionItem) => i.notes.includes('CRM')],
    [
      '小红书 财务部',
      (i: ActionItem) => i.task.includes('小红书') && i.ownerDepartment === '财务部',
    ],
    ['alice', (i: ActionItem) => i.ownerName === 'Alice'],
  ])('searches %j as plain, case-insensitive text', (text, expected) => {
    const found = run({ text });
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBe(items.filter(expected).length);
  });

  it('sorts by due day (adjusted when delayed), empty dates last, ties by id', () => {
    const sorted = run({});
    expect(sorted).toHaveLength(5000);
    const dues = sorted.map(effectiveDue);
    const firstNull = dues.indexOf(null);
    expect(dues.slice(firstNull).every((d) => d === null)).toBe(true);
    expect(dues.slice(0, firstNull)).toEqual([...dues.slice(0, firstNull)].sort());
    expect(sorted.slice(0, 2).map((i) => i.id)).toEqual(['i0001', 'i0041']);
  });

  it('sorts owners in pinyin order (Latin names after), unnamed last; newest update first', () => {
    const byOwner = run({ sort: 'owner' }).map((i) => i.ownerName);
    const order = [...new Set(byOwner)];
    expect(order).toEqual(['李四', '王五', '小张', '张三', '赵六', 'Alice', '']);
    const byUpdate = run({ sort: 'updated' }).map((i) => i.updatedAt);
    expect(byUpdate).toEqual([...byUpdate].sort().reverse());
    expect(run({ sort: 'status' })[0]?.status).toBe('delayed');
    expect(run({ sort: 'department', descending: true })[0]?.ownerDepartment).toBe('销售部');
  });

  it('lists those needing attention', () => {
    const found = run({ needsAttention: true });
    expect(found.length).toBe(items.filter((i) => attention(i).length > 0).length);
  });
});
