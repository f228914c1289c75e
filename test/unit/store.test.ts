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
    expect(await repo.restore(m.id)).toBe(true);
    expect(await repo.get(m.id)).toEqual(m);
    expect(await db.count('trash')).toBe(0);
  });

  it('has the indexes later features query by', async () => {
    const { db } = await freshRepo();
    const tx = db.transaction(['meetings', 'actionItems']);
    expect([...tx.objectStore('meetings').indexNames].sort()).toEqual([
      'by-code',
      'by-series',
      'by-updated',
    ]);
    expect([...tx.objectStore('actionItems').indexNames].sort()).toEqual([
      'by-department',
      'by-due',
      'by-meeting',
      'by-owner',
      'by-status',
    ]);
  });

  it('a stored meeting reads back exactly as written', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    const raw = await db.get('meetings', m.id);
    const parsed = parseMeeting(raw);
    expect(parsed).toEqual({ ok: true, value: m, migratedFrom: null });
  });
});
