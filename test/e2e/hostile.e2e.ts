import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../lib/export/json';
import { seedItemsFor, seedMeetingFor } from '../helpers/seed';
import { hasBrowser, useSessions, type Session } from './harness';
import { putRecords } from './idb';

/**
 * The restored-backup crash of issue 13, in the built extension: an action item whose history
 * change is `{"toString":0,"valueOf":0}` used to pass the restore and then throw while the
 * tracker rendered its page, which never appeared while a CPU spun. Now the restore refuses that
 * record with its reason, takes in the rest (checking the file in a worker, off the page's main
 * thread), and every tracker page appears; the same record written straight into the database
 * (as the previous version stored it) is reported as damaged and kept aside.
 */
const meeting = seedMeetingFor('en');
const [good, hostile] = seedItemsFor('en');
const HOSTILE_CHANGE = { toString: 0, valueOf: 0 };
const hostileItem = {
  ...hostile!,
  history: [
    {
      at: '2026-03-03T08:00:00.000Z',
      by: 'Mallory',
      meetingId: null,
      changes: [{ field: 'task', from: HOSTILE_CHANGE, to: 'x' }],
      note: '',
    },
  ],
};
const backup = createBackup({
  meetings: [meeting],
  actionItems: [good!, hostileItem as never],
  now: new Date('2026-03-05T00:00:00Z'),
});

const tracker = async (s: Session, hash = '') => {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/tracker.html${hash}`);
  await page.getByRole('heading', { name: 'Action-item tracker' }).waitFor();
  return page;
};

async function restore(s: Session): Promise<{ page: Page; workers: string[] }> {
  const page = await s.context.newPage();
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.getByLabel('Restore from a backup file').setInputFiles({
    name: 'minutes-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  return { page, workers };
}

describe.skipIf(!hasBrowser)('a hostile backup (issue 13)', () => {
  const sessions = useSessions();

  it('is restored without the bad record, and the tracker’s item pages appear', async () => {
    const s = await sessions.start();
    const { page, workers } = await restore(s);
    await page.getByText('1 record(s) in the file are invalid and will be skipped.').waitFor();
    expect(workers.some((url) => url.includes('backup-reader'))).toBe(true);
    await page.getByText('Invalid records').click();
    await page.getByText(/history\.0\.changes\.0\.from/).waitFor();
    await page.getByRole('button', { name: 'Restore 2 record(s)' }).click();
    await page.getByText(/Restored: 2 added/).waitFor();

    const item = await tracker(s, `#item=${good!.id}`);
    await item.getByRole('heading', { name: good!.task }).waitFor();
    await item.getByRole('heading', { name: 'History' }).waitFor();
    const missing = await tracker(s, `#item=${hostileItem.id}`);
    await missing.getByText('This action item no longer exists.').waitFor();
    await missing.getByRole('button', { name: 'All action items' }).click();
    await missing.getByRole('button', { name: `Open: ${good!.task}` }).waitFor();
  });

  it('written straight into the database, the record is reported as damaged; the others show', async () => {
    const s = await sessions.start();
    const { page } = await restore(s);
    await page.getByRole('button', { name: 'Restore 2 record(s)' }).click();
    await page.getByText(/Restored: 2 added/).waitFor();
    await putRecords(page, { actionItems: [hostileItem] });

    const list = await tracker(s);
    await list.getByText(/1 stored record\(s\) could not be read/).waitFor();
    await list.getByRole('button', { name: `Open: ${good!.task}` }).click();
    await list.getByRole('heading', { name: good!.task }).waitFor();
    await list.getByRole('heading', { name: 'History' }).waitFor();
    const item = await tracker(s, `#item=${hostileItem.id}`);
    await item.getByText('This action item no longer exists.').waitFor();
  });
});
