import { describe, expect, it } from 'vitest';
import { ALL_MEETINGS, groupMeetings, listFacets, type ListFilter } from '../../lib/meeting-groups';
import { createMeeting, type Meeting } from '../../lib/schema';
import type { MeetingRepo } from '../../lib/store/meetings';
import { summarise, SUMMARY_FORMAT } from '../../lib/summary';
import { freshRepo, seedMeeting } from '../helpers/fixtures';

/**
 * The meetings list through the summaries' date indexes (lib/store/meeting-list.ts, version 9):
 * every filter and grouping gives the groups, counts and rows, in order, that grouping every
 * summary in memory gives (lib/meeting-groups.ts), read a few groups and rows at a time.
 */
const SERIES = ['周例会', '产品评审', ''];
const DEPARTMENTS = ['市场部', '销售部', '产品部'];

/** Meetings over two years, some at month ends in Shanghai, some without a start. */
function archive(): Meeting[] {
  return Array.from({ length: 90 }, (_, n) => {
    // Every ~8 days, at 20:00 UTC on some (the next day in Shanghai), with an offset on some.
    const ms = Date.UTC(2024, 11, 31, n % 4 === 0 ? 20 : 3) + n * 8 * 86_400_000 + n * 60_000;
    const iso = new Date(ms).toISOString();
    const startAt = n % 7 === 3 ? null : n % 5 === 0 ? iso.replace('Z', '+00:00') : iso;
    const m = createMeeting(new Date(ms), { id: `m${n}`, title: `会${n}` });
    return {
      ...m,
      startAt,
      updatedAt: iso,
      series: SERIES[n % 3]!,
      department: DEPARTMENTS[n % 4 === 3 ? 0 : n % 3]!,
      review: { state: n % 2 ? 'approved' : 'draft', reviewer: '', at: null },
    };
  });
}

/** Every group of `filter` read `size` headers and `size` rows at a time. */
async function readAll(repo: MeetingRepo, filter: ListFilter, zone: string, size: number) {
  const groups: [string, number, string[]][] = [];
  let before: string | null = null;
  do {
    const page = await repo.groups(filter, zone, before, size);
    for (const g of page.groups) {
      const ids: string[] = [];
      for (let offset = 0; offset < g.count; offset += size) {
        const rows = await repo.groupRows(filter, zone, g.key, offset, size);
        ids.push(...rows.map((r) => r.id));
      }
      groups.push([g.key, g.count, ids]);
    }
    before = page.next;
  } while (before !== null);
  return groups;
}

const FILTERS: [string, Partial<ListFilter>][] = [
  ['everything by month', {}],
  ['everything by year', { by: 'year' }],
  ['a project', { series: '周例会' }],
  ['a department', { department: '市场部' }],
  ['a review state', { review: 'approved' }],
  ['a project, a department and a state', { series: '产品评审', department: '销售部' }],
  ['a department and a state, by year', { department: '市场部', review: 'draft', by: 'year' }],
  ['nothing matches', { series: '周例会', department: '不存在' }],
];

describe('the meetings list through the date index', () => {
  it.each(FILTERS)('%s: the same groups, counts and rows as in memory', async (_, f) => {
    const { repo } = await freshRepo();
    const meetings = archive();
    await repo.restoreMany(meetings, false);
    const filter = { ...ALL_MEETINGS, ...f };
    for (const zone of ['Asia/Shanghai', 'America/New_York']) {
      const expected = groupMeetings(meetings.map(summarise), filter, zone).map(
        (g) => [g.key, g.meetings.length, g.meetings.map((m) => m.id)] as const,
      );
      expect(await readAll(repo, filter, zone, 4)).toEqual(expected);
      expect(await readAll(repo, filter, zone, 50)).toEqual(expected);
    }
  });

  it('lists each project and department once, as in memory', async () => {
    const { repo } = await freshRepo();
    const meetings = archive();
    await repo.restoreMany(meetings, false);
    expect(await repo.facets()).toEqual(listFacets(meetings.map(summarise)));
  });

  it('repairs from the keys: a missing or older summary is written, an orphan goes, a broken meeting is damaged', async () => {
    const { db, repo } = await freshRepo();
    const kept = await repo.create(seedMeeting());
    const bare = createMeeting(new Date('2026-02-01T00:00:00Z'), { id: 'bare', title: '外来' });
    await db.put('meetings', bare); // put by other means: no summary
    const old = await repo.create(createMeeting(new Date('2026-01-05T00:00:00Z'), { title: '旧' }));
    const { at: _, ...older } = summarise(old);
    await db.put('summaries', { ...older, format: SUMMARY_FORMAT - 1 });
    await db.put('summaries', { ...summarise(kept), id: 'gone' });
    await db.put('meetings', { schemaVersion: 1, id: 'broken', title: 42 });

    const { repaired, damaged } = await repo.repairSummaries();
    expect(repaired).toBe(3);
    expect(damaged.map((d) => d.id)).toEqual(['broken']);
    expect(await db.get('summaries', 'gone')).toBeUndefined();
    const heads = await repo.groups(ALL_MEETINGS, 'UTC', null, 12);
    expect(heads.groups).toEqual([
      { key: '2026-03', count: 1 },
      { key: '2026-02', count: 1 },
      { key: '2026-01', count: 1 },
    ]);
    expect((await repo.repairSummaries()).repaired).toBe(0);
  });

  it('a summary that cannot be read is written again when its group is read', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    await db.put('summaries', { ...summarise(m), format: 99, title: '坏的' });
    const [group] = (await repo.groups(ALL_MEETINGS, 'UTC', null, 12)).groups;
    const rows = await repo.groupRows(ALL_MEETINGS, 'UTC', group!.key, 0, 50);
    expect(rows).toEqual([summarise(m)]);
    expect(await db.get('summaries', m.id)).toEqual(summarise(m));
  });
});
