import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import type { Session } from '../e2e/harness';
import { largeMeeting } from './large';
import { stats } from './measure';
import { putRecords } from '../e2e/idb';

/**
 * Export times of the large meeting (30 topics, 2,000 talking points, 500 action items) as a user
 * gets them in the built extension in Chromium: from the click on the menu item to the file
 * arriving as a download (or the clipboard confirmation, or the print page showing the plan).
 * Includes loading the exporter's chunk on first use (the first, unreported warm-up run) and
 * reading the 500 items from IndexedDB every time. Numbers, not assertions.
 */
const FILE_FORMATS: [label: string, name: string][] = [
  ['Export Word (.docx)', 'docx'],
  ['Export Markdown (.md)', 'markdown'],
  ['Export HTML (.html)', 'html'],
  ['Action plan, Excel (.xlsx)', 'xlsx'],
  ['Action plan, CSV (.csv)', 'csv'],
  ['Calendar (.ics)', 'ics'],
  ['JSON backup of this meeting', 'json'],
];

/** Puts the large meeting and its items straight into the extension's IndexedDB. */
export async function seedLargeMeeting(session: Session): Promise<string> {
  const { meeting, items } = largeMeeting();
  const page = await session.context.newPage();
  await page.goto(session.panelUrl);
  await putRecords(page, { meetings: [meeting], actionItems: items });
  await page.close();
  return meeting.id;
}

async function pick(page: Page, label: string) {
  await page.getByRole('button', { name: 'More export formats' }).click();
  return page.getByRole('menuitem', { name: label });
}

export async function uiExportTimes(session: Session, meetingId: string, runs: number) {
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await session.context.newPage();
  await page.goto(`${session.panelUrl}#/meeting/${meetingId}`);
  await page.bringToFront(); // the clipboard takes writes from the focused page only
  page.setDefaultTimeout(60_000);
  await page.getByRole('tab', { name: 'Review & export' }).click();
  const out: Record<string, ReturnType<typeof stats>> = {};
  for (const [label, name] of FILE_FORMATS) {
    const samples: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const item = await pick(page, label);
      const t = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
      const ms = performance.now() - t;
      await download.delete();
      if (i > 0) samples.push(ms);
    }
    out[name] = stats(samples);
  }
  const rich: number[] = [];
  for (let i = 0; i <= runs; i++) {
    // Empty the clipboard, then time the click until the HTML flavour is on it.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    const item = await pick(page, 'Copy as rich text');
    const t = performance.now();
    await item.click();
    await page.waitForFunction(
      async () => {
        const [entry] = await navigator.clipboard.read();
        return !!entry?.types.includes('text/html');
      },
      undefined,
      { polling: 10 },
    );
    if (i > 0) rich.push(performance.now() - t);
  }
  out.rich = stats(rich);
  const pdf: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const item = await pick(page, 'Print / PDF');
    const t = performance.now();
    const [print] = await Promise.all([session.context.waitForEvent('page'), item.click()]);
    await print.locator('table.plan tbody tr:nth-child(500)').waitFor();
    if (i > 0) pdf.push(performance.now() - t);
    await print.close();
  }
  out.pdf = stats(pdf);
  await page.close();
  return out;
}
