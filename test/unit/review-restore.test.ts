import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../lib/export/json';
import {
  applyRestore,
  backupEverything,
  backupFileName,
  backupMeeting,
  countActions,
  planRestore,
  RESTORE_BATCH,
} from '../../lib/export/restore';
import { ActionItemRepo } from '../../lib/store/action-items';
import { freshRepo } from '../helpers/fixtures';
import { seedItemsFor, seedMeetingFor } from '../helpers/seed';

const NOW = new Date('2026-03-02T10:00:00.000Z');

async function stores() {
  const { db, repo } = await freshRepo(() => NOW);
  return { db, meetings: repo, items: new ActionItemRepo(db, () => NOW) };
}

const parsed = (text: string) => {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe('restore: plan first, then write only what was agreed', () => {
  it('adds what is new, sees what is identical, and replaces only with consent', async () => {
    const s = await stores();
    const meeting = seedMeetingFor('zh-CN');
    const items = seedItemsFor('zh-CN');
    await s.meetings.create(meeting);
    await s.items.create(items[0]!);
    const changed = { ...meeting, title: '改过的标题', rev: 7 };
    const extra = { ...seedMeetingFor('en'), id: 'm-new' };
    const file = createBackup({ meetings: [changed, extra], actionItems: items, now: NOW });

    const plan = await planRestore(parsed(file), s);
    expect(countActions(plan.meetings)).toEqual({ add: 1, replace: 1, same: 0, damaged: 0 });
    expect(countActions(plan.items)).toEqual({ add: 2, replace: 0, same: 1, damaged: 0 });

    const without = await applyRestore(plan, s, { replace: false });
    expect(without).toMatchObject({ added: 3, replaced: 0, skipped: 2, failed: [] });
    expect(((await s.meetings.get(meeting.id)) as typeof meeting).title).toBe(meeting.title);

    const again = await planRestore(parsed(file), s);
    const withConsent = await applyRestore(again, s, { replace: true });
    expect(withConsent).toMatchObject({ added: 0, replaced: 1, failed: [] });
    const stored = (await s.meetings.get(meeting.id)) as typeof meeting;
    expect(stored.title).toBe('改过的标题');
    expect(stored.rev).toBe(1); // the store's own revision moved on, not the file's 7
    expect(withConsent.written).toEqual([{ store: 'meetings', id: meeting.id, rev: 1 }]);
  });

  it('never touches a damaged stored record, even with consent', async () => {
    const s = await stores();
    const meeting = seedMeetingFor('zh-CN');
    await s.db.put('meetings', { ...meeting, title: 42 } as never);
    const plan = await planRestore(
      parsed(createBackup({ meetings: [meeting], actionItems: [], now: NOW })),
      s,
    );
    expect(plan.meetings[0]!.action).toBe('damaged');
    const result = await applyRestore(plan, s, { replace: true });
    expect(result).toMatchObject({ added: 0, replaced: 0, skipped: 1 });
    expect(((await s.db.get('meetings', meeting.id)) as { title: unknown }).title).toBe(42);
  });

  it('a record that appeared after the preview is not overwritten without consent', async () => {
    const s = await stores();
    const meeting = seedMeetingFor('zh-CN');
    const plan = await planRestore(
      parsed(createBackup({ meetings: [meeting], actionItems: [], now: NOW })),
      s,
    );
    expect(plan.meetings[0]!.action).toBe('add');
    await s.meetings.create({ ...meeting, title: '另一个视图刚写的' });
    const result = await applyRestore(plan, s, { replace: false });
    expect(result).toMatchObject({ added: 0, skipped: 1 });
    expect(((await s.meetings.get(meeting.id)) as typeof meeting).title).toBe('另一个视图刚写的');
  });

  it('backs up one meeting with its plan, or every readable record', async () => {
    const s = await stores();
    const meeting = seedMeetingFor('zh-CN');
    await s.meetings.create(meeting);
    await s.meetings.create({ ...seedMeetingFor('en'), id: 'm-2' });
    for (const item of seedItemsFor('zh-CN')) await s.items.create(item);
    await s.db.put('meetings', { id: 'broken', schemaVersion: 1 } as never);

    const one = parsed(await backupMeeting(meeting, s, NOW));
    expect(one.meetings.map((m) => m.id)).toEqual([meeting.id]);
    expect(one.actionItems).toHaveLength(3);

    const all = await backupEverything(s, NOW);
    expect(all).toMatchObject({ meetings: 2, items: 3 });
    expect(
      parsed(all.text)
        .meetings.map((m) => m.id)
        .sort(),
    ).toEqual(['m-2', meeting.id]);
    expect(backupFileName('zh-CN', NOW, 'Asia/Shanghai')).toBe('纪要备份-2026-03-02.json');
    expect(backupFileName('en', NOW, 'Asia/Shanghai')).toBe('minutes-backup-2026-03-02.json');
  });
});

describe('restore at scale (issue 13)', () => {
  /** Counts every transaction the repositories open (each shortcut like db.get opens one). */
  function counted<T extends object>(db: T) {
    const calls = { n: 0 };
    const TX = new Set(['transaction', 'get', 'getAll', 'getAllFromIndex', 'put', 'add', 'delete']);
    const proxy = new Proxy(db, {
      get(target, prop) {
        const value = Reflect.get(target, prop) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (TX.has(String(prop))) calls.n++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    return { proxy, calls };
  }

  it('10,000 meetings are checked and written in batches, not one transaction each', async () => {
    const { db } = await freshRepo(() => NOW);
    const { proxy, calls } = counted(db);
    const { MeetingRepo } = await import('../../lib/store/meetings');
    const s = { meetings: new MeetingRepo(proxy, () => NOW), items: new ActionItemRepo(proxy) };
    const base = seedMeetingFor('zh-CN');
    const meetings = Array.from({ length: 10_000 }, (_, i) => ({
      ...base,
      id: `m-${i}`,
      points: [],
      decisions: [],
    }));
    await s.meetings.create({ ...meetings[0]!, title: '已有的' }); // one to replace
    const file = createBackup({ meetings, actionItems: [], now: NOW });
    calls.n = 0;
    const plan = await planRestore(parsed(file), s);
    expect(countActions(plan.meetings)).toMatchObject({ add: 9_999, replace: 1 });
    const result = await applyRestore(plan, s, { replace: true });
    expect(result).toMatchObject({ added: 9_999, replaced: 1, failed: [] });
    // 20 batches to check, 20 to write: one transaction per 500 records, not per record.
    expect(calls.n).toBeLessThanOrEqual(2 * Math.ceil(10_000 / RESTORE_BATCH));
    expect(await db.count('meetings')).toBe(10_000);
  }, 120_000);

  it('a batch that fails is reported record by record; the other batches are kept', async () => {
    const s = await stores();
    const base = seedMeetingFor('zh-CN');
    const meetings = Array.from({ length: RESTORE_BATCH + 1 }, (_, i) => ({
      ...base,
      id: `m-${i}`,
    }));
    const plan = await planRestore(
      parsed(createBackup({ meetings, actionItems: [], now: NOW })),
      s,
    );
    let calls = 0;
    const failing = {
      ...s,
      meetings: Object.assign(Object.create(s.meetings), {
        restoreMany: (records: never[], replace: boolean) =>
          ++calls === 1
            ? Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))
            : s.meetings.restoreMany(records, replace),
      }),
    };
    const result = await applyRestore(plan, failing, { replace: false });
    expect(result.failed).toHaveLength(RESTORE_BATCH);
    expect(result.failed[0]).toEqual({ id: 'm-0', message: 'disk full' });
    expect(result.added).toBe(1);
    expect(await s.db.count('meetings')).toBe(1);
  });
});
