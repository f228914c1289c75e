import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FIRST_GROUPS } from '../../components/meeting/useGroupHeads';
import { ALL_MEETINGS } from '../../lib/meeting-groups';
import { parseActionItem, type ActionItem } from '../../lib/schema';
import { ActionItemRepo, type ItemQuery } from '../../lib/store/action-items';
import { openMinutesDB } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import { bulkItems, realisticMeetings } from './large';
import { stats, timeRuns } from './measure';

/**
 * The scale sweep (issue 16), in Node on fake-indexeddb (not a browser: absolute times are
 * fake-indexeddb's, which is slower per request than Chromium's; the growth is the point):
 * 100 / 500 / 2,000 realistic meetings with 1,000 / 5,000 / 20,000 action items.
 *
 * - list ready: what the meetings list reads before its first screen (the projects and
 *   departments, the first group headers, the newest group's first rows, through the date
 *   index: lib/store/meeting-list.ts, components/meeting/MeetingGroups.tsx), on a fresh
 *   repository; the older headers and the repair check come after it, timed apart;
 * - tracker first page: what the tracker does before its first render (a page of open items
 *   by due day, their count, the meetings' summaries for titles: components/tracker/
 *   useTrackerQuery.ts, useTrackerData.ts), on a fresh repository (its row check included);
 *   the owners and departments for the filters come after it, timed apart;
 * - a filter change: page + count again for a department, an owner, overdue, and the next page.
 *
 * Targets: list ≤ 150 ms at 2,000 and growth ≤ 1.5×; tracker first page ≤ 200 ms at 20,000;
 * filter change ≤ 100 ms. Printed, not asserted. Alone:
 * `npx vitest run -c vitest.bench.config.ts test/bench/scale-sweep.run.ts`.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = [
  { meetings: 100, items: 1000 },
  { meetings: 500, items: 5000 },
  { meetings: 2000, items: 20000 },
];
const NOW = new Date('2023-06-01T04:00:00.000Z');
const ZONE = 'Asia/Shanghai';
const OPEN = ['not_started', 'in_progress', 'delayed'] as const;
const query = (q: Partial<ItemQuery> = {}): ItemQuery => ({
  now: NOW.toISOString(),
  timeZone: ZONE,
  statuses: [...OPEN],
  ...q,
});

const time = (run: () => Promise<unknown>) => timeRuns(RUNS, run);
/** The `stats` of one run per value. */
async function timeEach<T>(values: T[], run: (value: T) => Promise<unknown>) {
  const samples: number[] = [];
  for (const value of values) {
    const start = performance.now();
    await run(value);
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

/** `count` items spread over `meetings` meetings, with their series, as the capture writes them. */
function items(count: number, meetings: number): ActionItem[] {
  return bulkItems(count, NOW).map((raw, i) => {
    const parsed = parseActionItem({
      ...raw,
      meetingId: `realistic-${i % meetings}`,
      series: ['项目Q3推广', '周例会', '产品评审', 'Sales sync'][(i % meetings) % 4],
    });
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.value;
  });
}

describe('scale sweep', () => {
  it('meetings list, tracker first page and filter changes at three sizes', async () => {
    const rows: Record<string, number[]> = {};
    const lines: string[] = [];
    const add = (name: string, size: string, s: ReturnType<typeof stats>) => {
      (rows[name] ??= []).push(s.median);
      lines.push(
        `  ${name.padEnd(30)} ${size.padStart(22)}  median ${String(s.median).padStart(7)} ms (min ${s.min}, max ${s.max}, n=${s.n})`,
      );
    };
    for (const size of SIZES) {
      const db = await openMinutesDB(`sweep-${size.meetings}-${Math.random()}`);
      const seedMeetings = new MeetingRepo(db);
      const seedItems = new ActionItemRepo(db);
      const meetings = realisticMeetings(size.meetings);
      for (let i = 0; i < meetings.length; i += 500) {
        await seedMeetings.restoreMany(meetings.slice(i, i + 500), false);
      }
      const all = items(size.items, size.meetings);
      for (let i = 0; i < all.length; i += 500) {
        await seedItems.restoreMany(all.slice(i, i + 500), false);
      }
      const label = `${size.meetings} mtgs / ${size.items} items`;

      add(
        'meetings list ready',
        label,
        await time(async () => {
          const repo = new MeetingRepo(db);
          const [, heads] = await Promise.all([
            repo.facets(),
            repo.groups(ALL_MEETINGS, ZONE, null, FIRST_GROUPS),
          ]);
          const rows = await repo.groupRows(ALL_MEETINGS, ZONE, heads.groups[0]!.key, 0, 50);
          expect(rows.length).toBeGreaterThan(0);
        }),
      );
      add(
        'list: older headers, repair',
        label,
        await time(async () => {
          const repo = new MeetingRepo(db);
          let page = await repo.groups(ALL_MEETINGS, ZONE, null, FIRST_GROUPS);
          while (page.next !== null) page = await repo.groups(ALL_MEETINGS, ZONE, page.next, 60);
          await repo.repairSummaries();
        }),
      );
      add(
        'tracker first page',
        label,
        await time(async () => {
          const repo = new ActionItemRepo(db);
          const [page, total] = await Promise.all([
            repo.page(query(), null, 50),
            repo.count(query()),
            new MeetingRepo(db).list(),
          ]);
          expect(page.items).toHaveLength(50);
          expect(total).toBeGreaterThan(50);
        }),
      );
      const repo = new ActionItemRepo(db);
      await repo.count(query());
      add('filter options (after page 1)', label, await time(() => repo.facets()));
      const change = (q: ItemQuery) => async () => {
        const [page] = await Promise.all([repo.page(q, null, 50), repo.count(q)]);
        expect(page.items.length).toBeGreaterThan(0);
      };
      add('filter: department', label, await time(change(query({ departments: ['Sales'] }))));
      add('filter: owner', label, await time(change(query({ owners: ['Owner 7'] }))));
      add('filter: overdue', label, await time(change(query({ buckets: ['overdue'] }))));
      const first = await repo.page(query(), null, 50);
      add('next page', label, await time(() => repo.page(query(), first.next, 50)));
      // Words: the first change after opening reads every row (max), the next ones the rows held
      // in memory and those changed since (lib/store/row-cache.ts); typing changes the words.
      add('filter: words, open items', label, await time(change(query({ text: 'complaint' }))));
      add(
        'filter: words, typed on',
        label,
        await timeEach(['complaint 1', 'complaint 12', 'promo', 'promotion 3', 'task 7'], (text) =>
          change(query({ text }))(),
        ),
      );
      // The same first change on a connection that read the rows when the field was focused
      // (ActionItemRepo.prepareWords), each time a fresh one: the focus, then the change.
      const focused: number[] = [];
      const prepared: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const other = await openMinutesDB(db.name);
        const fresh = new ActionItemRepo(other);
        await fresh.count(query());
        let start = performance.now();
        await fresh.prepareWords();
        prepared.push(performance.now() - start);
        start = performance.now();
        const q = query({ text: 'complaint' });
        await Promise.all([fresh.page(q, null, 50), fresh.count(q)]);
        focused.push(performance.now() - start);
        other.close();
      }
      add('words field focused (reads)', label, stats(prepared));
      add('filter: words, after the focus', label, stats(focused));
      add(
        'filter: words (in the rows)',
        label,
        await time(change(query({ text: 'complaint', departments: ['Sales'] }))),
      );
      db.close();
    }
    for (const [name, medians] of Object.entries(rows)) {
      lines.push(
        `  growth smallest → largest, ${name}: ${(medians.at(-1)! / medians[0]!).toFixed(2)}×`,
      );
    }
    console.log('\n[scale sweep, Node + fake-indexeddb]\n' + lines.join('\n'));
  });
});
