import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, openPanel, useSessions } from './harness';
import { putRecords } from './idb';
import { bulkItems, realisticMeetings } from '../bench/large';

/**
 * Years of minutes in the built extension (issue 16): 300 realistic weekly meetings (January
 * 2022 to September 2027) and 3,000 action items, put straight into its IndexedDB as a
 * database from elsewhere would be (no summaries, no index rows: the list and the tracker
 * write them). What the list and the tracker show, not how fast (test/bench/scale-sweep.run.ts).
 */
const MEETINGS = realisticMeetings(300);
const ITEMS = bulkItems(3000).map((item, i) => ({ ...item, meetingId: `realistic-${i % 300}` }));

async function seed(page: Page) {
  for (let i = 0; i < MEETINGS.length; i += 50) {
    await putRecords(page, { meetings: MEETINGS.slice(i, i + 50) });
  }
  for (let i = 0; i < ITEMS.length; i += 1000) {
    await putRecords(page, { actionItems: ITEMS.slice(i, i + 1000) });
  }
}

const openButtons = (page: Page) =>
  page
    .getByRole('button', { name: /^Open / })
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));

describe.skipIf(!hasBrowser)('a seeded archive of 300 meetings and 3,000 items', () => {
  const { start } = useSessions();

  it('the meetings list shows months, newest open, and filters by project, department, review state; by year', async () => {
    const s = await start();
    const panel = await openPanel(s);
    await panel.getByRole('heading', { name: 'Meetings', exact: true }).waitFor();
    await seed(panel);
    await panel.reload();

    // The newest month (September 2027: the weeks of the 6th to the 27th) is open, the rest shut.
    const newest = panel.getByRole('button', { name: /September 2027/ });
    await newest.waitFor();
    expect(await newest.getAttribute('aria-expanded')).toBe('true');
    const zone = await panel.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const month = (iso: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit' })
        .format(new Date(iso))
        .slice(0, 7);
    const inNewest = MEETINGS.filter((m) => month(m.startAt!) === '2027-09');
    await expect.poll(() => openButtons(panel)).toEqual(inNewest.reverse().map((m) => m.title));
    const groups = panel.locator('.meeting-group');
    // The older headers are read after the first screen (lib/store/meeting-list.ts).
    await expect
      .poll(() => groups.count())
      .toBe(new Set(MEETINGS.map((m) => month(m.startAt!))).size);
    expect(
      await panel.getByRole('button', { name: /August 2027/ }).getAttribute('aria-expanded'),
    ).toBe('false');

    // Keyboard: a month opens with Enter.
    await panel.getByRole('button', { name: /August 2027/ }).focus();
    await panel.keyboard.press('Enter');
    await expect
      .poll(async () => (await openButtons(panel)).length)
      .toBe(MEETINGS.filter((m) => ['2027-09', '2027-08'].includes(month(m.startAt!))).length);

    // Filters: project, then department, then review state.
    await panel.getByLabel('Project').selectOption('周例会');
    await panel.getByLabel('Department').selectOption('销售部');
    await panel.getByLabel('Review state').selectOption('approved');
    await panel.getByLabel('Group by').selectOption('year');
    const kept = MEETINGS.filter(
      (m) => m.series === '周例会' && m.department === '销售部' && m.review.state === 'approved',
    );
    expect(kept.length).toBeGreaterThan(0);
    const years = [...new Set(kept.map((m) => month(m.startAt!).slice(0, 4)))];
    await expect
      .poll(() => panel.locator('.meeting-group h2 button').evaluateAll((b) => b.length))
      .toBe(years.length);
    const newestYear = kept.filter((m) => month(m.startAt!).startsWith(years.at(-1)!));
    await expect.poll(() => openButtons(panel)).toEqual(newestYear.reverse().map((m) => m.title));
  });

  it('the tracker pages the open items by due day and filters by department and owner', async () => {
    const s = await start();
    const panel = await openPanel(s);
    await panel.getByRole('heading', { name: 'Meetings', exact: true }).waitFor();
    await seed(panel);
    const tracker = await s.context.newPage();
    await tracker.goto(`chrome-extension://${s.extensionId}/tracker.html`);

    const open = ITEMS.filter((i) => i.status !== 'done');
    const n = (x: number) => x.toLocaleString('en-US');
    await tracker
      .getByText(`1–50 of ${n(open.length)}`)
      .first()
      .waitFor();
    const tasks = () =>
      tracker
        .locator('tbody [data-col="task"]')
        .evaluateAll((els) => els.map((e) => e.textContent));
    const due = (i: (typeof ITEMS)[number]) =>
      (i.status === 'delayed' && i.revisedDueDate) || i.dueDate || '~';
    const byDue = [...open].sort((a, b) =>
      due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : a.id < b.id ? -1 : 1,
    );
    await expect.poll(tasks).toEqual(byDue.slice(0, 50).map((i) => i.task));

    await tracker.getByRole('button', { name: 'Next →' }).first().click();
    await tracker
      .getByText(`51–100 of ${n(open.length)}`)
      .first()
      .waitFor();
    await expect.poll(tasks).toEqual(byDue.slice(50, 100).map((i) => i.task));
    await tracker.getByRole('button', { name: '← Previous' }).first().click();
    await tracker
      .getByText(`1–50 of ${n(open.length)}`)
      .first()
      .waitFor();

    await tracker.getByLabel('Owner’s department').selectOption('Sales');
    const sales = byDue.filter((i) => i.ownerDepartment === 'Sales');
    await tracker
      .getByText(`1–50 of ${n(sales.length)}`)
      .first()
      .waitFor();
    await expect.poll(tasks).toEqual(sales.slice(0, 50).map((i) => i.task));

    await tracker.getByLabel('Owner', { exact: true }).selectOption('Owner 7');
    const owner7 = sales.filter((i) => i.ownerName === 'Owner 7');
    await expect.poll(tasks).toEqual(owner7.slice(0, 50).map((i) => i.task));
    expect(owner7.length).toBeGreaterThan(0);
  }, 180_000);
});
