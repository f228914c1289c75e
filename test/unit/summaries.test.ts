import { describe, expect, it } from 'vitest';
import { createMeeting, parseMeeting } from '../../lib/schema';
import type { MinutesDatabase } from '../../lib/store/db';
import { SUMMARY_FORMAT, summarise } from '../../lib/summary';
import { freshRepo, seedMeeting } from '../helpers/fixtures';

/**
 * The meetings list reads summaries (lib/summary.ts), one per meeting, written in the same
 * transaction as the meeting. These check the stored summaries themselves after each kind of
 * write (the list would repair a missing one and hide the fault), then that the list repairs
 * what it finds missing, stale or left behind, and never shows it wrong.
 */

/** Every stored summary is the summary of its meeting as stored now, and no other is there. */
async function expectInStep(db: MinutesDatabase) {
  const expected = [];
  for (const raw of await db.getAll('meetings')) {
    const parsed = parseMeeting(raw);
    if (parsed.ok) expected.push(summarise(parsed.value));
  }
  expect(await db.getAll('summaries')).toEqual(expected);
}

const at = (iso: string) => new Date(iso);

describe('a summary is written with every meeting write', () => {
  it('create, save, and a merged save', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    await expectInStep(db);
    expect(await db.get('summaries', m.id)).toMatchObject({
      title: m.title,
      points: m.points.length,
      decisions: m.decisions.length,
      rev: 0,
    });
    const { saved } = await repo.save(m, { ...m, title: '改过的标题', points: [] });
    await expectInStep(db);
    expect(await db.get('summaries', m.id)).toMatchObject({ title: '改过的标题', points: 0 });
    // Another view saves from the old revision: the merged record is what is summarised.
    const merged = await repo.save(m, {
      ...m,
      review: { state: 'in_review', reviewer: '', at: null },
    });
    expect(merged.merged).toBe(true);
    await expectInStep(db);
    expect(await db.get('summaries', m.id)).toMatchObject({
      title: '改过的标题',
      reviewState: 'in_review',
      rev: saved.rev + 1,
    });
  });

  it('a failed create (the id is taken) writes no summary', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    await expect(repo.create({ ...m, title: '另一个' })).rejects.toThrow();
    await expectInStep(db);
  });

  it('remove deletes it; restore from the trash writes it again, also for a copy', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    await repo.remove(m.id);
    expect(await db.count('summaries')).toBe(0);
    expect(await repo.restore(m.id)).toEqual({ id: m.id, copy: false });
    await expectInStep(db);

    // Deleted, then another copy came back under its id: the deleted one comes back beside it.
    await repo.remove(m.id);
    await repo.create({ ...m, title: '从备份恢复的' });
    const back = await repo.restore(m.id);
    expect(back?.copy).toBe(true);
    await expectInStep(db);
    expect(await db.count('summaries')).toBe(2);
  });

  it('restoreMany (a backup restored) writes one for each added and each replaced meeting', async () => {
    const { db, repo } = await freshRepo(() => at('2026-03-05T00:00:00Z'));
    const kept = await repo.create(createMeeting(at('2026-03-01T00:00:00Z'), { title: '旧' }));
    const added = createMeeting(at('2026-03-02T00:00:00Z'), { title: '新' });
    const outcomes = await repo.restoreMany([{ ...kept, title: '备份里的' }, added], true);
    expect(outcomes.map((o) => o.kind)).toEqual(['replaced', 'added']);
    await expectInStep(db);
    expect(await db.get('summaries', kept.id)).toMatchObject({ title: '备份里的', rev: 1 });
  });
});

describe('the list reads the summaries, and repairs what it finds', () => {
  it('lists from the summaries alone', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    // The summary is what is listed: a whole meeting is not read when its summary is current.
    await db.put('summaries', { ...summarise(m), title: '只在摘要里' });
    expect((await repo.list()).meetings.map((s) => s.title)).toEqual(['只在摘要里']);
  });

  it('a missing summary is built from its meeting and stored', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    await db.delete('summaries', m.id);
    expect((await repo.list()).meetings).toEqual([summarise(m)]);
    await expectInStep(db);
  });

  it('an unreadable summary, or one of an older format, is rebuilt', async () => {
    const { db, repo } = await freshRepo();
    const a = await repo.create(createMeeting(at('2026-03-01T00:00:00Z'), { title: 'A' }));
    const b = await repo.create(createMeeting(at('2026-03-02T00:00:00Z'), { title: 'B' }));
    await db.put('summaries', { id: a.id, title: 'A', garbage: true });
    await db.put('summaries', { ...summarise(b), format: SUMMARY_FORMAT - 1, title: '旧格式' });
    expect((await repo.list()).meetings.map((s) => s.title)).toEqual(['B', 'A']);
    await expectInStep(db);
  });

  it('a summary whose meeting is gone is not listed, and goes', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    await db.delete('meetings', m.id); // as if written by something that knew no summaries
    expect((await repo.list()).meetings).toEqual([]);
    expect(await db.count('summaries')).toBe(0);
  });

  it('a meeting that cannot be read gets no summary and is reported as damaged', async () => {
    const { db, repo } = await freshRepo();
    await repo.create(seedMeeting());
    await db.put('meetings', { schemaVersion: 1, id: 'broken', title: 42 });
    const { meetings, damaged } = await repo.list();
    expect(meetings).toHaveLength(1);
    expect(damaged.map((d) => d.id)).toEqual(['broken']);
    expect(await db.get('summaries', 'broken')).toBeUndefined();
    expect((await repo.list()).damaged.map((d) => d.id)).toEqual(['broken']); // every time
  });
});
