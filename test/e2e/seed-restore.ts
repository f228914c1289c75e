import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createBackup } from '../../lib/export/json';
import { seedItemsFor, seedMeetingFor } from '../helpers/seed';
import { openPanel, type Session } from './harness';

/**
 * Opens the panel at 420 px and restores the Chinese seed meeting (in draft) and its three action
 * items (test/helpers/seed.ts) from a backup file, the way a user does: a new meeting's "Review &
 * export" tab, "Backup and restore", the file, its preview, the restore button. Returns the panel.
 */
export async function restoreSeed(session: Session): Promise<Page> {
  const panel = await openPanel(session);
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.getByRole('button', { name: /New meeting/ }).click();
  await panel.waitForURL(/#\/meeting\//);
  await panel.getByRole('tab', { name: 'Review & export' }).click();
  await panel.getByText('Backup and restore').click();
  const meeting = {
    ...seedMeetingFor('zh-CN'),
    review: { state: 'draft', reviewer: '', at: null },
  };
  const file = join(tmpdir(), `minutes-seed-${Date.now()}.json`);
  writeFileSync(
    file,
    createBackup({
      meetings: [meeting as never],
      actionItems: seedItemsFor('zh-CN'),
      now: new Date(),
    }),
  );
  await panel.getByLabel('Restore from a backup file').setInputFiles(file);
  await panel.getByText('Add 1 meeting(s) and 3 action item(s).').waitFor();
  await panel.getByRole('button', { name: 'Restore 4 record(s)' }).click();
  await panel.getByText(/Restored: 4 added/).waitFor();
  return panel;
}
