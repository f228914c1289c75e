import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseMeeting } from '../../lib/schema';
import { openMinutesDB, type MinutesDatabase } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import { summarise } from '../../lib/summary';
import { ALL_MEETINGS } from '../../lib/meeting-groups';
import { GROUP_PAGE } from '../../components/meeting/MeetingGroups';
import { FIRST_GROUPS } from '../../components/meeting/useGroupHeads';
import { realisticMeetings } from './large';
import { stats, timeRuns } from './measure';

/**
 * The meetings list at scale (issue 16), in Node on fake-indexeddb: what the list reads for its
 * first screen through the date index (lib/store/meeting-list.ts: the projects and departments,
 * the first group headers, the newest group's first rows), against `MeetingRepo.list()` (every
 * summary, lib/summary.ts, what the list read before) and the full scan that replaced (every
 * whole meeting read and parsed). Also the rest of the headers and the repair check the list
 * runs beside its first screen. Absolute times are fake-indexeddb's, not a browser's; the growth
 * from 100 to 2,000 meetings is the point. Run alone: `npx vitest run -c vitest.bench.config.ts
 * test/bench/list-scale.run.ts`.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = [100, 500, 2000];
const fmt = (s: ReturnType<typeof stats>) =>
  `${s.median} ms (min ${s.min}, max ${s.max}, n=${s.n})`;

/** The list as it was before the summaries: read and parse every meeting. */
async function fullScan(db: MinutesDatabase) {
  const raws = await db.getAll('meetings');
  return raws.flatMap((raw) => {
    const parsed = parseMeeting(raw);
    return parsed.ok ? [summarise(parsed.value)] : [];
  });
}

const time = (run: () => Promise<unknown>) => timeRuns(RUNS, run);
const ZONE = 'Asia/Shanghai';

/** The list's first screen, as components/meeting/MeetingGroups.tsx asks for it. */
async function firstScreen(repo: MeetingRepo) {
  const [, heads] = await Promise.all([
    repo.facets(),
    repo.groups(ALL_MEETINGS, ZONE, null, FIRST_GROUPS),
  ]);
  return repo.groupRows(ALL_MEETINGS, ZONE, heads.groups[0]!.key, 0, GROUP_PAGE);
}

/** Every group header, as the list reads them after its first screen. */
async function allHeads(repo: MeetingRepo) {
  let page = await repo.groups(ALL_MEETINGS, ZONE, null, FIRST_GROUPS);
  while (page.next !== null) page = await repo.groups(ALL_MEETINGS, ZONE, page.next, 60);
}

describe('meetings list at scale', () => {
  it('the first screen by the date index against every summary and the full scan, at 100, 500 and 2,000 meetings', async () => {
    const lines: string[] = [];
    const medians: Record<string, number[]> = {
      'full scan': [],
      'every summary': [],
      'first screen': [],
      'every header': [],
      'repair check': [],
    };
    for (const size of SIZES) {
      const db = await openMinutesDB(`list-scale-${size}-${Math.random()}`);
      const repo = new MeetingRepo(db);
      const meetings = realisticMeetings(size);
      for (let i = 0; i < meetings.length; i += 500) {
        await repo.restoreMany(meetings.slice(i, i + 500), false);
      }
      expect((await repo.list()).meetings).toHaveLength(size);
      expect((await firstScreen(repo)).length).toBeGreaterThan(0);
      const runs: [string, () => Promise<unknown>][] = [
        ['full scan', () => fullScan(db)],
        ['every summary', () => repo.list()],
        ['first screen', () => firstScreen(repo)],
        ['every header', () => allHeads(repo)],
        ['repair check', () => repo.repairSummaries()],
      ];
      for (const [name, run] of runs) {
        await run(); // warm: the first size would otherwise time the JIT, not the reads
        const s = await time(run);
        medians[name]!.push(s.median);
        lines.push(`${String(size).padStart(5)} meetings  ${name.padEnd(13)} ${fmt(s)}`);
      }
      db.close();
    }
    for (const [name, m] of Object.entries(medians)) {
      lines.push(`growth 100 → 2,000, ${name}: ${(m.at(-1)! / m[0]!).toFixed(1)}×`);
    }
    console.log('\n' + lines.join('\n'));
  });
});
