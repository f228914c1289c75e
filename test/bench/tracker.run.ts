import { describe, it } from 'vitest';
import { putRecords } from '../e2e/idb';
import { closeSession, launch, newProfile, removeProfile } from '../e2e/harness';
import { bulkItems } from './large';
import { stats } from './measure';

/**
 * The tracker with 5,000 action items, in Chromium: the first page after a reload, and from an
 * event (search, clearing it, a department, a due bucket, the next page) to the pager showing
 * the new range and the table laid out, measured inside the page. Not to the next animation
 * frame: headless Chromium produces frames about once a second when idle. Printed, not asserted.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

describe('bench: the tracker with 5,000 items', () => {
  it('first page and event → table laid out', async () => {
    const profile = newProfile();
    const session = await launch(profile);
    try {
      const tracker = await session.context.newPage();
      await tracker.goto(`chrome-extension://${session.extensionId}/tracker.html`);
      await tracker.getByRole('heading', { name: 'Action-item tracker' }).waitFor();
      await putRecords(tracker, { actionItems: bulkItems(5000) });

      // From the event to the pager showing the new range and the table laid out: the query is
      // asynchronous, so the time ends when the pager's text changes, not at the next task.
      const eventToLayout = (selector: string, value: string | null, event: string) =>
        tracker.evaluate(
          ({ selector, value, event }) =>
            new Promise<number>((done, fail) => {
              const pager = () => document.querySelector('.pager')?.textContent ?? '';
              const before = pager();
              const el = document.querySelector<HTMLInputElement>(selector)!;
              const observer = new MutationObserver(() => {
                if (pager() === before) return;
                observer.disconnect();
                clearTimeout(timer);
                void document.body.offsetHeight;
                done(performance.now() - start);
              });
              const timer = setTimeout(() => {
                observer.disconnect();
                fail(new Error(`the pager still reads ${before} after ${selector}`));
              }, 30_000);
              observer.observe(document.body, {
                subtree: true,
                childList: true,
                characterData: true,
              });
              const start = performance.now();
              if (value === null) el.click();
              else {
                el.value = value;
                el.dispatchEvent(new Event(event, { bubbles: true }));
              }
            }),
          { selector, value, event },
        );
      const samples: Record<string, number[]> = {};
      const add = (k: string, ms: number) => (samples[k] ??= []).push(ms);
      for (let i = 0; i < RUNS; i++) {
        const t0 = Date.now();
        await tracker.reload();
        await tracker.getByText('1–50 of 3,750').first().waitFor();
        add('first page after reload', Date.now() - t0);
        add('search', await eventToLayout('#tf-text', 'customer complaint', 'input'));
        add('clear the search', await eventToLayout('#tf-text', '', 'input'));
        add('department', await eventToLayout('#tf-department', 'Sales', 'change'));
        add('due bucket', await eventToLayout('#tf-due', 'overdue', 'change'));
        add('next page', await eventToLayout('.pager button:last-child', null, 'click'));
      }
      console.log('[tracker, 5,000 items, Chromium]');
      for (const [k, v] of Object.entries(samples)) {
        const s = stats(v);
        console.log(
          `  ${k.padEnd(24)} median ${s.median} ms (min ${s.min}, max ${s.max}, n=${s.n})`,
        );
      }
    } finally {
      await closeSession(session);
      removeProfile(profile);
    }
  });
});
