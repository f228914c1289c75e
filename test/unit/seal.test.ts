import { describe, expect, it } from 'vitest';
import { newTopic } from '../../lib/agenda';
import { parseMeeting, type Meeting } from '../../lib/schema';
import { sealed } from '../../lib/store/seal';
import { largeMeeting } from '../bench/large';
import { freshRepo, seedMeeting } from '../helpers/fixtures';

/**
 * Opening a meeting on its seal (lib/store/seal.ts): what the app wrote opens without the full
 * check and is the same meeting the full check gives; anything changed outside the app is
 * checked before it is shown; a seal forged on a damaged record is caught by the check that
 * follows, and the record is kept aside.
 */
describe('sealed meetings', () => {
  it.each([
    ['the seed meeting', seedMeeting()],
    ['the large meeting', largeMeeting().meeting],
  ])(
    '%s, created and saved, opens without the full check, equal to what it gives',
    async (_, m) => {
      const { repo } = await freshRepo();
      const created = await repo.create(m);
      const { saved } = await repo.save(created, { ...created, goal: '新的目标' });
      const opened = await repo.open(m.id);
      expect(opened.checked).toBe(false);
      expect(opened.found).toEqual(saved);
      expect(opened.found).toEqual(await repo.get(m.id));
      expect(await repo.check(m.id)).toBeNull();
    },
  );

  it('a meeting restored from a backup is sealed too', async () => {
    const { repo } = await freshRepo();
    const m = seedMeeting();
    await repo.restoreMany([m], false);
    expect(await repo.open(m.id)).toEqual({ found: m, checked: false });
  });

  it('the seal is not part of the meeting read back', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    expect(await db.get('meetings', m.id)).toHaveProperty('seal');
    expect(await repo.get(m.id)).not.toHaveProperty('seal');
    expect((await repo.open(m.id)).found).not.toHaveProperty('seal');
  });

  it('a meeting edited outside the app is fully checked before it is shown', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    const raw = (await db.get('meetings', m.id)) as Meeting;
    // Still valid: shown, checked.
    await db.put('meetings', { ...raw, title: '别处改过的标题' });
    expect(await repo.open(m.id)).toEqual({
      found: { ...m, title: '别处改过的标题' },
      checked: true,
    });
    // Damaged: not shown, kept aside, the stored record untouched.
    const broken = { ...raw, title: 42 };
    await db.put('meetings', broken);
    expect(await repo.open(m.id)).toEqual({
      found: { store: 'meetings', id: m.id, reason: expect.stringContaining('title') },
      checked: true,
    });
    expect(await repo.damaged()).toHaveLength(1);
    expect(await db.get('meetings', m.id)).toEqual(broken);
  });

  it.each([
    ['a Date', (m: Meeting) => new Date(m.createdAt)],
    ['a number', () => 42],
    ['an array', (m: Meeting) => [m.createdAt]],
  ])(
    'a value replaced by %s that reads the same as JSON does not match the seal',
    async (_, to) => {
      const { db, repo } = await freshRepo();
      const m = await repo.create(seedMeeting());
      const raw = (await db.get('meetings', m.id)) as Meeting;
      await db.put('meetings', { ...raw, createdAt: to(m) });
      expect((await repo.open(m.id)).checked).toBe(true);
    },
  );

  it('a record not of the current schema version is fully checked, whatever its seal', async () => {
    const { db, repo } = await freshRepo();
    const m = seedMeeting();
    await db.put('meetings', sealed({ ...m, schemaVersion: 0 }));
    expect((await repo.open(m.id)).checked).toBe(true);
  });

  it('a forged seal on a damaged record: shown unchecked, then the check keeps it aside', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    const forged = sealed({ ...m, topics: 'not a list' });
    await db.put('meetings', forged);
    expect((await repo.open(m.id)).checked).toBe(false);
    expect(await repo.check(m.id)).toEqual({
      store: 'meetings',
      id: m.id,
      reason: expect.stringContaining('topics'),
    });
    expect((await repo.damaged()).map((d) => d.raw)).toEqual([forged]);
    expect(await db.get('meetings', m.id)).toEqual(forged);
  });

  it('a clean meeting written without a seal (an older version, another program) is sealed by its check', async () => {
    const { db, repo } = await freshRepo();
    const m = seedMeeting();
    await db.put('meetings', { ...m, extra: 'dropped' });
    expect(await repo.open(m.id)).toEqual({ found: m, checked: true });
    expect(await repo.check(m.id)).toBeNull();
    expect(await repo.open(m.id)).toEqual({ found: m, checked: false });
    expect(await repo.get(m.id)).toEqual(m); // same revision, same content
  });

  it('a meeting that needs a repair is not sealed by its check (the next save writes it)', async () => {
    const { db, repo } = await freshRepo();
    const m = seedMeeting();
    const topic = newTopic({ id: 't1', title: '开场', plannedMinutes: 5 });
    const twice = { ...m, topics: [topic, topic] };
    await db.put('meetings', twice);
    expect(await repo.check(m.id)).toBeNull();
    expect(await db.get('meetings', m.id)).toEqual(twice);
    expect((await repo.open(m.id)).checked).toBe(true);
  });

  it('a missing meeting opens as missing and checks clean', async () => {
    const { repo } = await freshRepo();
    expect(await repo.open('nothing')).toEqual({ found: null, checked: true });
    expect(await repo.check('nothing')).toBeNull();
  });

  it('the full check of what the app writes changes nothing (the fast path shows the same)', () => {
    const { meeting } = largeMeeting();
    const parsed = parseMeeting(structuredClone(meeting));
    expect(parsed.ok && parsed.value).toEqual(meeting);
  });
});
