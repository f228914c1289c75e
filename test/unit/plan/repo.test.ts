import { describe, expect, it } from 'vitest';
import { parseActionItem, type ActionItem } from '../../../lib/schema';
import { applyItemUpdate, type ItemPatch } from '../../../lib/plan/changes';
import { freshItemRepo, makeItem } from '../../helpers/items';

const at = (iso: string) => new Date(iso);

function edit(item: ActionItem, patch: ItemPatch, by: string, iso: string): ActionItem {
  const result = applyItemUpdate(item, patch, { at: at(iso), by, meetingId: null });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.item;
}

describe('ActionItemRepo', () => {
  it('creates items and lists them by meeting, in table order, and all together', async () => {
    const { repo } = await freshItemRepo();
    const second = makeItem({ id: 'b', meetingId: 'm1', createdAt: '2026-03-02T06:10:00.000Z' });
    const first = makeItem({ id: 'z', meetingId: 'm1', createdAt: '2026-03-02T06:05:00.000Z' });
    const other = makeItem({ id: 'c', meetingId: 'm2' });
    for (const item of [second, first, other]) await repo.create(item);
    expect((await repo.listByMeeting('m1')).items.map((i) => i.id)).toEqual(['z', 'b']);
    expect((await repo.listByMeeting('m3')).items).toEqual([]);
    const all = await repo.listAll();
    expect(all.items.map((i) => i.id).sort()).toEqual(['b', 'c', 'z']);
    expect(all.damaged).toEqual([]);
    expect(await repo.get('z')).toEqual(first);
    expect(await repo.get('nope')).toBeNull();
    await expect(repo.create(first)).rejects.toThrow();
  });

  it('saves with a new revision and the time of the save', async () => {
    const { repo } = await freshItemRepo(() => at('2026-03-06T02:00:00Z'));
    const item = await repo.create(makeItem());
    const { saved, merged } = await repo.save(item, { ...item, status: 'in_progress' });
    expect(merged).toBe(false);
    expect(saved).toMatchObject({
      rev: 1,
      status: 'in_progress',
      updatedAt: '2026-03-06T02:00:00.000Z',
    });
    expect(await repo.get(item.id)).toEqual(saved);
  });

  it('two views updating from the same revision lose neither edit nor history', async () => {
    const { repo } = await freshItemRepo();
    const base = await repo.create(makeItem());
    const inTracker = edit(base, { status: 'in_progress' }, '李四', '2026-03-04T02:00:00Z');
    const inPanel = edit(base, { support: '需要采购部报价' }, '王五', '2026-03-04T02:01:00Z');
    const a = await repo.save(base, inTracker);
    const b = await repo.save(base, inPanel);
    expect(b.merged).toBe(true);
    expect(b.saved).toMatchObject({
      rev: a.saved.rev + 1,
      status: 'in_progress',
      support: '需要采购部报价',
    });
    expect(b.saved.history.map((h) => [h.by, h.changes[0]?.field])).toEqual([
      ['李四', 'status'],
      ['王五', 'support'],
    ]);
    expect(await repo.get(base.id)).toEqual(b.saved);
    expect(parseActionItem(b.saved).ok).toBe(true);
  });

  it('keeps a damaged record aside, reports it, and leaves it untouched', async () => {
    const { db, repo } = await freshItemRepo();
    await repo.create(makeItem({ id: 'good' }));
    const broken = { schemaVersion: 1, id: 'broken', rev: 0, meetingId: 'm1', status: '完成了' };
    await db.put('actionItems', broken);
    const byMeeting = await repo.listByMeeting('m1');
    expect(byMeeting.items.map((i) => i.id)).toEqual(['good']);
    expect(byMeeting.damaged).toEqual([
      { store: 'actionItems', id: 'broken', reason: expect.any(String) },
    ]);
    expect((await repo.listAll()).damaged).toHaveLength(1);
    expect(await repo.damaged()).toEqual([
      expect.objectContaining({ key: 'actionItems:broken', raw: broken }),
    ]);
    expect(await repo.get('broken')).toMatchObject({ id: 'broken', reason: expect.any(String) });
    const good = (await repo.get('good')) as ActionItem;
    await expect(repo.save(good, { ...good, id: 'broken' })).rejects.toThrow(/cannot be read/);
    expect(await db.get('actionItems', 'broken')).toEqual(broken);
  });

  it('delete moves to the trash and undo brings the same record back', async () => {
    const { db, repo } = await freshItemRepo();
    const item = await repo.create(makeItem());
    await repo.remove(item.id);
    expect(await repo.get(item.id)).toBeNull();
    expect((await db.get('trash', item.id))?.store).toBe('actionItems');
    expect(await repo.restore(item.id)).toEqual({ id: item.id, copy: false });
    expect(await repo.get(item.id)).toEqual(item);
    expect(await repo.restore(item.id)).toBeNull();
    await repo.remove('nope'); // nothing to delete is not an error
  });
});
