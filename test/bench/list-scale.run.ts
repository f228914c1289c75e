import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseMeeting } from '../../lib/schema';
import { openMinutesDB, type MinutesDatabase } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import { summarise } from '../../lib/summary';
import { realisticMeetings } from './large';
import { stats, timeRuns } from './measure';

/**
 * The meetings list at scale (issue 16), in Node on fake-indexeddb: `MeetingRepo.list()`, which
 * reads the summaries (lib/summary.ts), against the full scan it replaced (every whole meeting
 * read and parsed). Absolute times are fake-indexeddb's, not a browser's; the growth from 100 to
 * 2,000 meetings is the point. Run alone: `npx vitest run -c vitest.bench.config.ts
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

describe('meetings list at scale', () => {
  it('list() from summaries against the full scan, at 100, 500 and 2,000 meetings', async () => {
    const lines: string[] = [];
    const medians: Record<string, number[]> = { 'full scan': [], summaries: [] };
    for (const size of SIZES) {
      const db = await openMinutesDB(`list-scale-${size}-${Math.random()}`);
      const repo = new MeetingRepo(db);
      const meetings = realisticMeetings(size);
      for (let i = 0; i < meetings.length; i += 500) {
        await repo.restoreMany(meetings.slice(i, i + 500), false);
      }
      expect((await repo.list()).meetings).toHaveLength(size);
      const before = await time(() => fullScan(db));
      const after = await time(() => repo.list());
      medians['full scan']!.push(before.median);
      medians.summaries!.push(after.median);
      lines.push(`${String(size).padStart(5)} meetings  full scan ${fmt(before)}`);
      lines.push(`${String(size).padStart(5)} meetings  summaries ${fmt(after)}`);
      db.close();
    }
    for (const [name, m] of Object.entries(medians)) {
      lines.push(`growth 100 → 2,000, ${name}: ${(m.at(-1)! / m[0]!).toFixed(1)}×`);
    }
    console.log('\n' + lines.join('\n'));
  });
});
