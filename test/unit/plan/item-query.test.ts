import { describe, expect, it } from 'vitest';
import { queryItems, type TrackerQuery } from '../../../lib/plan/filter';
import { itemRow } from '../../../lib/plan/item-row';
import type { ActionItem, Status } from '../../../lib/schema';
import type { ActionItemRepo, ItemQuery, PageCursor } from '../../../lib/store/action-items';
import { openMinutesDB, STORES } from '../../../lib/store/db';
import { ActionItemRepo as Repo } from '../../../lib/store/action-items';
import { plan } from '../../../lib/store/item-plan';
import { freshItemRepo, makeItem } from '../../helpers/items';

/**
 * The tracker's queries through the `itemRows` indexes (lib/store/item-query.ts) answer exactly
 * what the in-memory filter (lib/plan/filter.ts) answers over every item: the same items, in
 * the same order, page after page by cursor, and the same counts.
 */
const NOW = '2026-03-04T04:00:00.000Z'; // a Wednesday; today is 2026-03-04 in Shanghai
const ZONE = 'Asia/Shanghai';
const STATUSES: Status[] = ['not_started', 'in_progress', 'done', 'delayed'];
const OPEN: Status[] = ['not_started', 'in_progress', 'delayed'];

function archive(count: number): ActionItem[] {
  return Array.from({ length: count }, (_, i) =>
    makeItem({
      id: `i-${String(i).padStart(3, '0')}`,
      meetingId: `m${i % 7}`,
      series: i % 5 === 0 ? '' : `S${i % 3}`,
      task: i % 4 === 0 ? `客户投诉 ${i}` : `推广 task ${i}`,
      ownerName: i % 11 === 0 ? '' : `负责人${i % 6}`,
      ownerDepartment: ['市场部', '销售部', '财务部'][i % 3]!,
      status: STATUSES[i % 4]!,
      dueDate: i % 9 === 0 ? null : `2026-03-${String(1 + (i % 20)).padStart(2, '0')}`,
      revisedDueDate: i % 4 === 3 ? `2026-03-${String(10 + (i % 15)).padStart(2, '0')}` : null,
      ownerConfirmed: i % 3 !== 0,
      updatedAt: `2026-03-0${1 + (i % 3)}T0${i % 10}:00:00.000Z`,
    }),
  );
}

async function seeded(count = 240) {
  const { db, repo } = await freshItemRepo();
  const items = archive(count);
  await repo.restoreMany(items, false);
  return { db, repo, items };
}

const q = (query: TrackerQuery): ItemQuery => ({ ...query, now: NOW, timeZone: ZONE });

/** Every page of `query`, by cursor, as ids. */
async function allPages(repo: ActionItemRepo, query: ItemQuery, size: number) {
  const ids: string[] = [];
  let after: PageCursor | null = null;
  for (let n = 0; n < 1000; n++) {
    const page = await repo.page(query, after, size);
    expect(page.items.length).toBeLessThanOrEqual(size);
    ids.push(...page.items.map((i) => i.id));
    if (page.next === null) return ids;
    expect(page.items).toHaveLength(size);
    after = page.next;
  }
  throw new Error('paging did not end');
}

const QUERIES: [string, TrackerQuery][] = [
  ['everything', {}],
  ['open (the default)', { statuses: OPEN }],
  ['one status', { statuses: ['delayed'] }],
  ['one meeting, open', { meetingIds: ['m3'], statuses: OPEN }],
  ['one owner', { owners: ['负责人2'] }],
  ['one owner, open', { owners: ['负责人2'], statuses: OPEN }],
  ['one owner, done', { owners: ['负责人2'], statuses: ['done'] }],
  ['one department, delayed', { departments: ['市场部'], statuses: ['delayed'] }],
  ['one meeting, overdue', { meetingIds: ['m2'], buckets: ['overdue'] }],
  ['no owner', { owners: [''] }],
  ['one department, open', { departments: ['销售部'], statuses: OPEN }],
  ['overdue', { buckets: ['overdue'] }],
  ['overdue, one department', { buckets: ['overdue'], departments: ['财务部'] }],
  ['this week', { buckets: ['thisWeek'] }],
  ['no date', { buckets: ['noDate'] }],
  ['needs attention', { needsAttention: true, statuses: OPEN }],
  ['a project (items without one follow their meeting)', { series: ['S1'] }],
  ['words', { text: '客户投诉', statuses: OPEN }],
  ['words, one department, open', { text: '客户投诉', departments: ['销售部'], statuses: OPEN }],
  ['by owner', { sort: 'owner' }],
  ['by department, descending', { sort: 'department', descending: true }],
  ['due, descending', { sort: 'due', descending: true }],
  ['recently updated, open', { sort: 'updated', statuses: OPEN }],
  ['two departments', { departments: ['市场部', '销售部'] }],
];

describe('tracker queries through the item rows', () => {
  it.each(QUERIES)(
    '%s: the same items in the same order, by cursor, and the same count',
    async (_, query) => {
      const { repo, items } = await seeded();
      // Items of a meeting filed under a project follow it, as the tracker shows them.
      const { db } = {
        db: (repo as unknown as { db: import('../../../lib/store/db').MinutesDatabase }).db,
      };
      await db.put('summaries', {
        format: 2,
        id: 'm0',
        rev: 0,
        title: '',
        startAt: null,
        endAt: null,
        updatedAt: NOW,
        at: new Date(NOW).toISOString(),
        series: 'S1',
        department: '',
        platform: 'other',
        reviewState: 'draft',
        points: 0,
        decisions: 0,
      });
      const seen = items.map((i) =>
        i.series || i.meetingId !== 'm0' ? i : { ...i, series: 'S1' },
      );
      const expected = queryItems(seen, query, new Date(NOW), ZONE).map((i) => i.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(await allPages(repo, q(query), 25)).toEqual(expected);
      expect(await repo.count(q(query))).toBe(expected.length);
      expect(await repo.ids(q(query))).toEqual(expected);
    },
  );

  it('uses a range of one index for the filters the tracker offers', () => {
    expect(plan(q({ statuses: OPEN }))).toMatchObject({ index: 'by-open-due', exact: true });
    expect(plan(q({ meetingIds: ['m1'] }))).toMatchObject({
      index: 'by-meeting-open-due',
      exact: true,
      ordered: false,
    });
    expect(plan(q({ owners: ['a'], statuses: OPEN }))).toMatchObject({
      index: 'by-owner-open-due',
      prefix: ['a', 1],
      exact: true,
    });
    expect(plan(q({ departments: ['a'], statuses: ['delayed'] }))).toMatchObject({
      index: 'by-department-open-due',
      prefix: ['a', 1],
      exact: false,
    });
    expect(plan(q({ buckets: ['overdue'], statuses: OPEN }))).toMatchObject({
      index: 'by-open-due',
      before: '2026-03-04',
      exact: true,
    });
    expect(plan(q({ statuses: ['done'] }))).toMatchObject({ index: 'by-status-due', exact: true });
  });

  it('keeps each row in step with its item: create, save, remove, restore', async () => {
    const { db, repo } = await freshItemRepo();
    const item = await repo.create(makeItem({ id: 'x', status: 'not_started' }));
    expect(await db.get('itemRows', 'x')).toEqual(itemRow(item));
    const { saved } = await repo.save(item, {
      ...item,
      status: 'delayed',
      revisedDueDate: '2026-04-01',
    });
    expect(await db.get('itemRows', 'x')).toMatchObject({ due: '2026-04-01', open: 1 });
    expect(await repo.count(q({ statuses: ['delayed'] }))).toBe(1);
    await repo.save(saved, { ...saved, status: 'done' });
    expect(await db.get('itemRows', 'x')).toMatchObject({ open: 0 });
    await repo.remove('x');
    expect(await db.get('itemRows', 'x')).toBeUndefined();
    expect(await repo.count(q({}))).toBe(0);
    await repo.restore('x');
    expect(await repo.count(q({ statuses: ['done'] }))).toBe(1);
  });

  it('writes the rows of items put by other means, drops rows without items, counts the unreadable', async () => {
    const { db, repo } = await freshItemRepo();
    const items = archive(30);
    for (const item of items) await db.put('actionItems', item);
    await db.put('actionItems', { id: 'broken', status: 42 });
    await db.put('itemRows', { ...itemRow(items[0]!), id: 'gone' });
    const page = await repo.page(q({}), null, 50);
    expect(page.items).toHaveLength(30);
    expect(page.damaged).toBe(1);
    expect(await db.count('itemRows')).toBe(30);
    expect(await db.get('itemRows', 'gone')).toBeUndefined();
    expect((await db.getAll('quarantine')).map((e) => e.key)).toEqual(['actionItems:broken']);
  });

  it('lists each owner and department once, from the index', async () => {
    const { repo, items } = await seeded(60);
    const facets = await repo.facets();
    expect(facets.owners).toEqual([...new Set(items.map((i) => i.ownerName))].sort());
    expect(facets.departments).toEqual([...new Set(items.map((i) => i.ownerDepartment))].sort());
  });

  it('words find any part of the task, notes or support, in any case, and follow an edit', async () => {
    const { repo } = await freshItemRepo();
    const item = makeItem({
      id: 'w',
      task: 'Answer the Customer COMPLAINT',
      notes: '见附件',
      support: '',
    });
    const other = makeItem({ id: 'v', task: '推广', notes: '', support: 'Legal review' });
    await repo.restoreMany([item, other], false);
    const found = async (text: string) => {
      const [page, count] = await Promise.all([
        repo.page(q({ text }), null, 50),
        repo.count(q({ text })),
      ]);
      expect(count).toBe(page.items.length);
      return page.items.map((i) => i.id);
    };
    expect(await found('complaint')).toEqual(['w']);
    expect(await found('omplai 附件')).toEqual(['w']);
    expect(await found('REVIEW')).toEqual(['v']);
    const saved = (await repo.get('w')) as ActionItem;
    await repo.save(saved, { ...saved, task: 'Call back', notes: '' });
    expect(await found('complaint')).toEqual([]);
    expect(await found('call')).toEqual(['w']);
  });

  it('words answer from rows held in memory that follow every write, from any view', async () => {
    // Two connections to one database, as the tracker and the panel have: the tracker's held
    // rows (lib/store/row-cache.ts) must follow what the other writes, whatever it writes.
    const { db, repo: tracker, items } = await seeded();
    const other = new Repo(await openMinutesDB(db.name));
    const words = ['客户投诉', '推广 task', 'task 1', '负责人2 TASK', '销售'];
    const check = async (step: string) => {
      const all = (await other.listAll()).items;
      for (const text of words) {
        const query = { text, statuses: OPEN };
        const expected = queryItems(all, query, new Date(NOW), ZONE).map((i) => i.id);
        const [pages, count] = await Promise.all([
          allPages(tracker, q(query), 25),
          tracker.count(q(query)),
        ]);
        expect(pages, `${step}: ${text}`).toEqual(expected);
        expect(count, `${step}: ${text}`).toBe(expected.length);
      }
    };
    await tracker.prepareWords();
    await check('seeded');
    await other.create(makeItem({ id: 'new', task: '客户投诉 new', status: 'in_progress' }));
    await check('created elsewhere');
    const first = (await other.get(items[0]!.id)) as ActionItem;
    await other.save(first, { ...first, task: 'nothing to find', status: 'not_started' });
    await check('saved elsewhere');
    await other.remove(items[4]!.id);
    await check('removed elsewhere');
    await other.restore(items[4]!.id);
    await check('restored elsewhere');
    // More changes than the mark remembers: every row is read again.
    await other.restoreMany(
      archive(100).map((i) => ({ ...i, id: `b-${i.id}`, task: `客户投诉 b ${i.task}` })),
      false,
    );
    await check('a backup restored elsewhere');
    // Delete everything, then a few items again.
    for (const store of STORES) await other['db'].clear(store);
    await check('everything deleted');
    await other.restoreMany(archive(5), false);
    await check('written again after that');
  });
});
