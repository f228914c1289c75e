import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeSession, hasBrowser, openPanel, useSessions } from './harness';
import { axeViolations } from './axe';
import { putRecords } from './idb';
import { bulkItems } from '../bench/large';

interface ChromeApi {
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { getAll(): Promise<{ name: string }[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/** A local calendar day `n` days from today, as a date input wants it. */
const day = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The action plan, its tracker and the overdue badge, in the built extension. */
describe.skipIf(!hasBrowser)('action plan, tracker and reminders', () => {
  const { start, relaunch } = useSessions();

  /** A meeting that took place ten days ago, opened on its action-plan tab. */
  async function meeting(panel: Page, title: string) {
    await panel.getByRole('button', { name: /New meeting/ }).click();
    await panel.waitForURL(/#\/meeting\//);
    await panel.getByLabel('Meeting name').fill(title);
    await panel.getByLabel('Starts').fill(`${day(-10)}T14:00`);
    await panel.getByRole('tab', { name: 'Action plan' }).click();
    return panel.url().split('#/meeting/')[1]!;
  }

  async function addItem(panel: Page, task: string, owner: string, dept: string, due: string) {
    await panel.getByRole('button', { name: '+ Add action item' }).click();
    const form = panel.getByRole('form', { name: 'New action item' });
    await form.getByLabel('Task', { exact: true }).fill(task);
    await form.getByLabel('Owner', { exact: true }).fill(owner);
    await form.getByLabel('Owner’s department').fill(dept);
    await form.getByLabel('Due', { exact: true }).fill(due);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByRole('button', { name: `Edit: ${task}` }).waitFor();
  }

  /** The toolbar badge's text, read from an extension page. */
  const badge = (page: Page) =>
    page.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({}),
    );

  it('items of two meetings reach the tracker; filters; 延期 needs reason and date; the change reaches the meeting; the badge counts overdue items', async () => {
    const s = await start();
    const panel = await openPanel(s);
    const first = await meeting(panel, 'Q3 promotion meeting');
    await addItem(panel, 'Submit the cost report', 'Wang Wu', 'Finance', day(3));
    await addItem(panel, 'Fix the landing page', 'Zhang San', 'Marketing', day(-2)); // overdue
    await panel.getByRole('button', { name: /All meetings/ }).click();
    await meeting(panel, 'Complaint review');
    await addItem(panel, 'Answer the customer', 'Li Lei', 'Sales', day(9));
    await expect.poll(() => badge(panel), { timeout: 5000 }).toBe('1');

    // The tracker: every item of both meetings.
    const tracker = await s.context.newPage();
    await tracker.goto(`chrome-extension://${s.extensionId}/tracker.html`);
    const rows = tracker.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await tracker.getByRole('button', { name: 'Open the meeting “Complaint review”' }).waitFor();
    expect(await tracker.getByRole('button', { name: /^Open the meeting “Q3/ }).count()).toBe(2);

    const filter = (label: string, value: string) =>
      tracker.getByLabel(label, { exact: true }).selectOption(value);
    await filter('Owner’s department', 'Finance');
    await expect.poll(() => rows.count()).toBe(1);
    await filter('Owner’s department', '');
    await filter('Due', 'overdue');
    await expect
      .poll(() => rows.allInnerTexts())
      .toEqual([expect.stringContaining('Fix the landing page')]);
    await filter('Due', '');
    await tracker.getByLabel('Search').fill('customer');
    await expect.poll(() => rows.count()).toBe(1);
    await tracker.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => rows.count()).toBe(3);

    // 延期 without a reason and an adjusted date is refused, with the reasons next to the fields.
    await tracker.getByLabel('Your name (recorded with updates)').fill('Li Si');
    await tracker.getByLabel('Your name (recorded with updates)').press('Tab');
    await tracker.getByRole('button', { name: 'Open: Fix the landing page' }).click();
    await tracker.getByLabel('New status').selectOption('delayed');
    await tracker.getByRole('button', { name: 'Save the update' }).click();
    await tracker.getByText('A delayed item needs: Reason for the delay.').waitFor();
    await tracker.getByText('A delayed item needs: Revised due date.').waitFor();
    const status = panel.getByLabel('Status of Fix the landing page');
    await panel.getByRole('button', { name: /All meetings/ }).click();
    await panel.getByRole('button', { name: 'Open Q3 promotion meeting' }).click();
    await panel.getByRole('tab', { name: 'Action plan' }).click();
    expect(await status.inputValue()).toBe('not_started');

    await tracker.getByLabel('Reason for the delay').fill('Waiting for the design team');
    await tracker.getByLabel('Revised due date').fill(day(7));
    await tracker.getByRole('button', { name: 'Save the update' }).click();
    await tracker.getByText('Saved.').waitFor();
    await tracker.getByText(/Li Si · in the tracker/).waitFor();

    // The source meeting's plan, open in the panel, shows the change; the item is no longer overdue.
    await expect.poll(() => status.inputValue(), { timeout: 3000 }).toBe('delayed');
    expect(panel.url()).toContain(first);
    await expect.poll(() => badge(panel), { timeout: 5000 }).toBe('');

    // Opening the source meeting from the tracker.
    const opened = s.context.waitForEvent('page');
    await tracker.getByRole('button', { name: 'Q3 promotion meeting' }).click();
    const meetingTab = await opened;
    await meetingTab.waitForURL(new RegExp(`sidepanel\\.html#/meeting/${first}$`));
  });

  it('at browser start-up the badge, the alarms and the last run are recomputed', async () => {
    const s = await start();
    const panel = await openPanel(s);
    const id = await meeting(panel, 'Q3 promotion meeting');
    await addItem(panel, 'Fix the landing page', 'Zhang San', 'Marketing', day(-2));
    await addItem(panel, 'Submit the cost report', 'Wang Wu', 'Finance', day(5));
    await expect.poll(() => badge(panel), { timeout: 5000 }).toBe('1');
    const lastRun = (page: Page) =>
      page.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        return (await api.storage.local.get('reminderLastRunAt')).reminderLastRunAt as number;
      });
    const before = await lastRun(panel);
    await closeSession(s);

    const again = await openPanel(await relaunch(s), `#/meeting/${id}`);
    await expect.poll(() => lastRun(again), { timeout: 10_000 }).toBeGreaterThan(before);
    expect(await badge(again)).toBe('1');
    const alarms = await again.evaluate(async () =>
      (await (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.getAll()).map(
        (a) => a.name,
      ),
    );
    expect(alarms).toContain('reminders:refresh');
    expect(alarms.filter((n) => n.startsWith('reminder:dueSoon:'))).toHaveLength(1);
    expect(alarms.filter((n) => n.startsWith('reminder:overdue:'))).toHaveLength(1);
  });

  // How fast, in numbers: `npm run bench` (test/bench/tracker.run.ts). Here: what it shows.
  it('with 5,000 items: the first page, search, clearing it, filters and paging', async () => {
    const s = await start();
    const tracker = await s.context.newPage();
    await tracker.goto(`chrome-extension://${s.extensionId}/tracker.html`);
    await tracker.getByRole('heading', { name: 'Action-item tracker' }).waitFor();
    await putRecords(tracker, { actionItems: bulkItems(5000) });
    await tracker.reload();
    await tracker.getByText('1–50 of 3,750').first().waitFor();
    expect(await tracker.locator('tbody tr').count()).toBe(50);

    const range = tracker.locator('.pager [role=status]');
    const shows = (text: string | RegExp) =>
      expect.poll(() => range.innerText(), { timeout: 5000 }).toMatch(text);
    await tracker.locator('#tf-text').fill('customer complaint');
    await shows(/^1–50 of 536$/);
    await tracker.locator('#tf-text').fill('');
    await shows(/^1–50 of 3,750$/);
    await tracker.locator('#tf-department').selectOption('Sales');
    await shows(/^1–50 of 834$/);
    await tracker.locator('.pager button:last-child').first().click();
    await shows(/^51–100 of 834$/);
  });

  it.each(['light', 'dark'] as const)(
    'axe-core finds nothing in the plan, its form with errors, the tracker and its views (%s)',
    async (scheme) => {
      const s = await start();
      const panel = await openPanel(s);
      await panel.emulateMedia({ colorScheme: scheme });
      const id = await meeting(panel, 'Q3 promotion meeting');
      await addItem(panel, 'Submit the cost report', 'Wang Wu', 'Finance', day(-2));
      await panel.getByRole('button', { name: '+ Add action item' }).click();
      await panel.getByRole('button', { name: 'Save', exact: true }).click();
      await panel.getByText('Task is required.').waitFor();
      expect(await axeViolations(panel)).toEqual([]);

      const tracker = await s.context.newPage();
      await tracker.emulateMedia({ colorScheme: scheme });
      const open = (hash: string) =>
        tracker.goto(`chrome-extension://${s.extensionId}/tracker.html${hash}`);
      await open('');
      await tracker.locator('tbody tr').first().waitFor();
      await tracker.locator('summary', { hasText: 'Reminders' }).click();
      await tracker.getByLabel('Remind', { exact: true }).waitFor();
      expect(await axeViolations(tracker)).toEqual([]);
      await tracker.getByRole('button', { name: /^Open: / }).click();
      await tracker.getByRole('heading', { name: 'History' }).waitFor();
      expect(await axeViolations(tracker)).toEqual([]);
      await tracker.getByRole('button', { name: 'Weekly review' }).click();
      await tracker.getByText('Item 1 of 1').waitFor();
      expect(await axeViolations(tracker)).toEqual([]);
      await open(`#versions=${id}`);
      await tracker.getByRole('button', { name: /Archive the current plan as version 1/ }).click();
      await tracker.getByRole('button', { name: 'Show version 1' }).click();
      await tracker.getByRole('table', { name: 'Version 1' }).waitFor();
      expect(await axeViolations(tracker)).toEqual([]);
    },
  );
});
