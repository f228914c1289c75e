import { describe, expect, it } from 'vitest';
import { createMeeting, parseMeeting, type Meeting } from '../../lib/schema';
import { freshRepo, seedMeeting } from '../helpers/fixtures';

const at = (iso: string) => new Date(iso);

describe('MeetingRepo', () => {
  it('lists drafts first, then newest first', async () => {
    const { repo } = await freshRepo();
    const old = await repo.create(createMeeting(at('2026-01-01T00:00:00Z'), { title: 'old' }));
    const approved = createMeeting(at('2026-03-01T00:00:00Z'), { title: 'approved' });
    await repo.create({
      ...approved,
      review: { state: 'approved', reviewer: '张三', at: '2026-03-01T01:00:00.000Z' },
    });
    await repo.create(createMeeting(at('2026-02-01T00:00:00Z'), { title: 'newer' }));
    const { meetings } = await repo.list();
    expect(meetings.map((m) => m.title)).toEqual(['newer', 'old', 'approved']);
    expect(meetings[1]?.id).toBe(old.id);
  });

  it('saves with a new revision and the time of the save', async () => {
    const { repo } = await freshRepo(() => at('2026-03-02T07:00:00Z'));
    const m = await repo.create(seedMeeting());
    const { saved, merged } = await repo.save(m, { ...m, goal: '新的目标' });
    expect(merged).toBe(false);
    expect(saved).toMatchObject({
      rev: 1,
      goal: '新的目标',
      updatedAt: '2026-03-02T07:00:00.000Z',
    });
    expect(await repo.get(m.id)).toEqual(saved);
  });

  it('two views saving from the same revision lose nothing', async () => {
    const { repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    const a = await repo.save(m, { ...m, goal: 'A的目标' });
    const b = await repo.save(m, { ...m, room: 'B的会议室' });
    expect(b.merged).toBe(true);
    expect(b.saved).toMatchObject({ rev: a.saved.rev + 1, goal: 'A的目标', room: 'B的会议室' });
    expect(await repo.get(m.id)).toEqual(b.saved);
  });

  it('keeps a damaged record aside, reports it, and leaves it untouched', async () => {
    const { db, repo } = await freshRepo();
    await repo.create(seedMeeting());
    const broken = { schemaVersion: 1, id: 'broken', rev: 'many', title: 42 };
    await db.put('meetings', broken);
    const { meetings, damaged } = await repo.list();
    expect(meetings).toHaveLength(1);
    expect(damaged).toEqual([
      { store: 'meetings', id: 'broken', reason: expect.stringContaining('rev') },
    ]);
    expect(await db.get('meetings', 'broken')).toEqual(broken);
    expect((await repo.damaged())[0]).toMatchObject({ id: 'broken', raw: broken });
    expect(await repo.get('broken')).toMatchObject({ id: 'broken', reason: expect.any(String) });
    const m = (await repo.list()).meetings[0]!;
    const loaded = (await repo.get(m.id)) as Meeting;
    await expect(repo.save(loaded, { ...loaded, id: 'broken' })).rejects.toThrow(/cannot be read/);
    expect(await db.get('meetings', 'broken')).toEqual(broken);
  });

  it('delete moves to the trash and undo brings the same record back', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    await repo.remove(m.id);
    expect(await repo.get(m.id)).toBeNull();
    expect((await repo.list()).meetings).toHaveLength(0);
    expect(await db.count('trash')).toBe(1);
    expect(await repo.restore(m.id)).toEqual({ id: m.id, copy: false });
    expect(await repo.get(m.id)).toEqual(m);
    expect(await db.count('trash')).toBe(0);
  });

  it('undoing a delete keeps a newer copy restored since, and brings the deleted one back beside it', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create({ ...seedMeeting(), summary: '删除前的纪要' });
    await repo.remove(m.id);
    // Meanwhile a backup brings the meeting back, in a newer state.
    const imported = { ...m, summary: '备份里更新的纪要', rev: 9 };
    await repo.create(imported);
    const back = await repo.restore(m.id);
    expect(back).toEqual({ id: expect.any(String), copy: true });
    expect(back!.id).not.toBe(m.id);
    expect(await repo.get(m.id)).toEqual(imported);
    expect(await repo.get(back!.id)).toEqual({ ...m, id: back!.id });
    expect(await db.count('trash')).toBe(0);
  });

  it('undoing a delete when the same content is already back leaves one copy', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    await repo.remove(m.id);
    await repo.create({ ...m, rev: 3, updatedAt: '2026-03-03T00:00:00.000Z' });
    expect(await repo.restore(m.id)).toEqual({ id: m.id, copy: false });
    expect((await repo.list()).meetings).toHaveLength(1);
    expect(await db.count('trash')).toBe(0);
  });

  it('keeps every damaged record aside, whatever its id is', async () => {
    const { db, repo } = await freshRepo();
    const ids: unknown[] = [1, 2, -0.5, [1, 'a'], [1, ['a']], new Date(0), '#n:1', '?', 'x'];
    for (const id of ids) await db.put('meetings', { schemaVersion: 1, id, title: 42 } as never);
    const { damaged } = await repo.list();
    expect(damaged).toHaveLength(ids.length);
    const kept = await repo.damaged();
    expect(kept).toHaveLength(ids.length);
    expect(new Set(kept.map((e) => e.key)).size).toBe(ids.length);
    expect(kept.map((e) => (e.raw as { id: unknown }).id)).toEqual(
      expect.arrayContaining(ids.map((id) => (id instanceof Date ? expect.any(Date) : id))),
    );
    // Seen again: refreshed in place, not added twice.
    await repo.list();
    expect(await db.count('quarantine')).toBe(ids.length);
  });

  it('has only the indexes a query uses (each index is written on every put)', async () => {
    const { db } = await freshRepo();
    const tx = db.transaction(['meetings', 'actionItems', 'trash']);
    expect([...tx.objectStore('meetings').indexNames]).toEqual([]);
    expect([...tx.objectStore('actionItems').indexNames]).toEqual(['by-meeting']);
    expect([...tx.objectStore('trash').indexNames]).toEqual([]);
  });

  it('a stored meeting reads back exactly as written', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    const raw = await db.get('meetings', m.id);
    const parsed = parseMeeting(raw);
    expect(parsed).toEqual({ ok: true, value: m, migratedFrom: null });
  });
});
