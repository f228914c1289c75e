import 'fake-indexeddb/auto';
import { it } from 'vitest';
import { openMinutesDB } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import { realisticMeetings } from './large';
it('probe', async () => {
  const db = await openMinutesDB(`p-${Math.random()}`);
  const repo = new MeetingRepo(db);
  const ms = realisticMeetings(2000);
  for (let i = 0; i < ms.length; i += 500) await repo.restoreMany(ms.slice(i, i + 500), false);
  for (let r = 0; r < 3; r++) {
    let t = performance.now();
    const tx = db.transaction('summaries');
    await Promise.all(ms.map((m) => tx.store.get(m.id)));
    const a = performance.now() - t;
    t = performance.now();
    await db.getAll('summaries');
    const b = performance.now() - t;
    t = performance.now();
    await db.getAllKeysFromIndex('search', 'by-term', '落地');
    const c = performance.now() - t;
    t = performance.now();
    await db.getAllKeysFromIndex('search', 'by-term', IDBKeyRange.bound('落', '落\uffff'));
    const d = performance.now() - t;
    console.log(`2000 gets ${a.toFixed(1)} ms; getAll ${b.toFixed(1)} ms; getAllKeys term ${c.toFixed(1)} ms; prefix ${d.toFixed(1)}`);
  }
});
