import { describe, it } from 'vitest';
import { closeSession, launch, newProfile, removeProfile } from '../e2e/harness';
import { seedLargeMeeting, uiExportTimes } from './export-times';

/** Export times as the user gets them: click in the panel → file, in Chromium, per format. */
describe('bench: exports through the panel', () => {
  it('export times for the large meeting, per format', async () => {
    const profile = newProfile();
    const session = await launch(profile);
    try {
      const large = await seedLargeMeeting(session);
      const times = await uiExportTimes(session, large, Number(process.env.BENCH_RUNS ?? 3));
      console.log('[export times, large meeting, click → file in Chromium]');
      for (const [format, s] of Object.entries(times)) {
        console.log(
          `  ${format.padEnd(9)} median ${s.median} ms (min ${s.min}, max ${s.max}, n=${s.n})`,
        );
      }
    } finally {
      await closeSession(session);
      removeProfile(profile);
    }
  });
});
