import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../../lib/export/json';
import type { Meeting } from '../../../lib/schema';
import { memoryFeed } from '../../helpers/fixtures';
import { seedItemsFor, seedMeetingFor } from '../../helpers/seed';
import { approvedOf, renderReview } from '../../helpers/review-setup';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const good = () =>
  createBackup({ meetings: [seedMeetingFor('en')], actionItems: seedItemsFor('en'), now: NOW });

async function choose(text: string, name = 'backup.json') {
  const input = await screen.findByLabelText('Restore from a backup file');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

async function snapshotStore(view: Awaited<ReturnType<typeof renderReview>>) {
  const { meetings } = await view.repo.list();
  const full = await Promise.all(meetings.map((m) => view.repo.get(m.id)));
  return { full, items: (await view.items.listAll()).items };
}

describe('backup and restore', () => {
  it('backs up everything as one JSON file that restores', async () => {
    const view = await renderReview(approvedOf('en'), { items: seedItemsFor('en') });
    await view.repo.create({ ...seedMeetingFor('zh-CN'), id: 'm-other' });
    fireEvent.click(await screen.findByRole('button', { name: 'Back up all meetings' }));
    await screen.findByText(/Saved minutes-backup-2026-03-0[12]\.json: 2 meeting\(s\), 3 action/);
    const file = view.recorded.downloads[0]!;
    const parsed = parseBackup(await file.data.text());
    expect(parsed.ok && parsed.meetings.map((m) => m.id).sort()).toEqual([
      'm-2026-q3-promo',
      'm-other',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Back up this meeting' }));
    await waitFor(() => expect(view.recorded.downloads).toHaveLength(2));
    expect(view.recorded.downloads[1]!.name).toMatch(/Q3 Promotion Cross-Department Meeting-2026/);
  });

  const bad = good().replace('{', '{"__proto__":{"polluted":true},');
  it.each([
    ['not JSON', 'hello', 'This file is not a backup: it is not valid JSON.'],
    [
      'prototype keys',
      bad,
      'This file was refused: it contains keys that could tamper with the program.',
    ],
    ['an array', '[]', 'This file is not a backup: it holds no backup record.'],
    [
      'another app’s file',
      JSON.stringify({ format: 'x' }),
      'This file is not a backup of Minutes Side Panel.',
    ],
    [
      'a newer version',
      good().replace('"version": 2', '"version": 9'),
      'This backup was made by a newer or unknown version and cannot be read.',
    ],
    [
      'no lists',
      JSON.stringify({ format: 'minutes-side-panel-backup', version: 1 }),
      'This backup is damaged: its lists are missing.',
    ],
  ])('rejects %s with a message and leaves the store untouched', async (_, text, message) => {
    const view = await renderReview(approvedOf('en'), { items: seedItemsFor('en') });
    const before = await snapshotStore(view);
    await choose(text);
    const alert = await screen.findByText(message);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.queryByRole('region', { name: 'What this file will do' })).toBeNull();
    expect(await snapshotStore(view)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('previews what is added and replaced, and replaces only with consent', async () => {
    const changes = memoryFeed();
    const view = await renderReview(approvedOf('en'), { services: { changes } });
    const changed: Meeting = { ...approvedOf('en'), title: 'Renamed in the backup' };
    const extra: Meeting = { ...seedMeetingFor('zh-CN'), id: 'm-new' };
    const broken = { ...seedMeetingFor('en'), id: 'm-broken', rev: -1 };
    const file = JSON.parse(
      createBackup({ meetings: [changed, extra], actionItems: seedItemsFor('en'), now: NOW }),
    );
    file.meetings.push(broken);
    await choose(JSON.stringify(file));

    const preview = await screen.findByRole('region', { name: 'What this file will do' });
    expect(preview.textContent).toContain('Add 1 meeting(s) and 3 action item(s).');
    expect(preview.textContent).toContain('1 meeting(s) and 0 action item(s) already exist');
    expect(preview.textContent).toContain('1 record(s) in the file are invalid');
    expect(preview.textContent).toContain('Replaces Renamed in the backup');
    const restore = screen.getByRole('button', { name: 'Restore 4 record(s)' });
    const consent = screen.getByLabelText(/Replace the 1 existing record\(s\)/) as HTMLInputElement;
    expect(consent.checked).toBe(false);
    fireEvent.click(consent);
    screen.getByRole('button', { name: 'Restore 5 record(s)' });
    fireEvent.click(consent);
    fireEvent.click(restore);
    await screen.findByText(/Restored: 4 added, 0 replaced, 1 left as they were, 0 failed\./);
    const kept = (await view.repo.get('m-2026-q3-promo')) as Meeting;
    expect(kept.title).toBe('Q3 Promotion Cross-Department Meeting');
    expect(await view.repo.get('m-new')).not.toBeNull();

    await choose(JSON.stringify(file));
    fireEvent.click(await screen.findByLabelText(/Replace the 1 existing record\(s\)/));
    fireEvent.click(screen.getByRole('button', { name: 'Restore 1 record(s)' }));
    await screen.findByText(/Restored: 0 added, 1 replaced/);
    expect(((await view.repo.get('m-2026-q3-promo')) as Meeting).title).toBe(
      'Renamed in the backup',
    );
    // One reset per batch, not a message per record: every view (this one too) reads again.
    expect(changes.sent.at(-1)).toEqual({ kind: 'reset', from: 'view-under-test' });
  });
});
