import { performance } from 'node:perf_hooks';
import type { Session } from '../e2e/harness';
import { seedLargeMeeting } from './export-times';
import { stats } from './measure';

/** Every long task (over 50 ms) of the page's main thread from now on, in `window.__long`. */
const LONG_TASKS = `
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push(e.duration);
  }).observe({ type: 'longtask' });`;

/**
 * The Word export of the large meeting as a user gets it in Chromium: the click on the button →
 * the file arriving as a download, and the longest task of the panel's main thread meanwhile
 * (the file is made in a worker, lib/adapters/docx-maker.ts; a task over 50 ms is a frame the
 * user sees stuck). One warm-up (the review tab's and the worker's first load), then `runs`.
 */
export async function docxThroughPanel(session: Session, runs: number) {
  const id = await seedLargeMeeting(session);
  const page = await session.context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${session.panelUrl}#/meeting/${id}`);
  await page.bringToFront();
  await page.getByRole('tab', { name: 'Review & export' }).click();
  const button = page.getByRole('button', { name: 'Export Word (.docx)' });
  await button.waitFor();
  await page.evaluate(LONG_TASKS);
  const samples: number[] = [];
  const longest: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await page.evaluate(() => void ((window as unknown as { __long: number[] }).__long = []));
    const t = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const ms = performance.now() - t;
    await download.delete();
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    if (i > 0) {
      samples.push(ms);
      longest.push(Math.max(0, ...long));
    }
  }
  await page.close();
  return { clickToFile: stats(samples), longestTask: stats(longest) };
}
