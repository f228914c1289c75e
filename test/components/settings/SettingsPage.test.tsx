import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATTERN } from '../../../lib/export/filename';
import { createBackup } from '../../../lib/export/json';
import { seedItemsFor, seedMeetingFor } from '../../helpers/seed';
import { renderSettings } from '../../helpers/settings-setup';

const section = (name: string) => screen.findByRole('region', { name });

describe('settings: export defaults', () => {
  it('the default format and the pattern are saved through the export preferences', async () => {
    const view = await renderSettings();
    const region = await section('Export defaults');
    const format = within(region).getByLabelText('Export button format') as HTMLSelectElement;
    expect(format.value).toBe('docx');
    // The preview names the example meeting, as the default format would name it.
    within(region).getByText(/^Example: \d{4}-Marketing-Q3 promotion-Q3 promotion .*\.docx$/);

    fireEvent.change(format, { target: { value: 'markdown' } });
    await within(region).findByText('Saved.');
    expect((await view.review.prefs.read()).defaultFormat).toBe('markdown');
    within(region).getByText(/^Example: .*\.md$/);

    const pattern = within(region).getByLabelText('File name pattern');
    fireEvent.input(pattern, { target: { value: '{date}-{title}' } });
    within(region).getByText(
      /^Example: \d{4}-\d\d-\d\d-Q3 promotion cross-department meeting\.md$/,
    );
    fireEvent.click(within(region).getByRole('button', { name: 'Save pattern' }));
    await waitFor(async () =>
      expect(await view.review.prefs.read()).toEqual({
        defaultFormat: 'markdown',
        fileNamePattern: '{date}-{title}',
      }),
    );
  });

  it('typing a token named after an Object member shows the example and saves it (issue 13)', async () => {
    const view = await renderSettings();
    const region = await section('Export defaults');
    const pattern = within(region).getByLabelText('File name pattern');
    for (const typed of [
      '{',
      '{constructor',
      '{constructor}',
      '{constructor}{__proto__}-{title}',
    ]) {
      fireEvent.input(pattern, { target: { value: typed } });
    }
    within(region).getByText(/^Example: Q3 promotion cross-department meeting\.docx$/);
    fireEvent.click(within(region).getByRole('button', { name: 'Save pattern' }));
    await waitFor(async () =>
      expect((await view.review.prefs.read()).fileNamePattern).toBe(
        '{constructor}{__proto__}-{title}',
      ),
    );
  });

  it.each([
    ['empty', '   ', 'The file name pattern is empty. Nothing was saved.'],
    [
      'too long',
      '{title}'.repeat(50),
      'The file name pattern is too long (350 characters, at most 300). Nothing was saved.',
    ],
  ])('an %s pattern is explained and not saved', async (_, value, message) => {
    const view = await renderSettings();
    const region = await section('Export defaults');
    const pattern = within(region).getByLabelText('File name pattern');
    fireEvent.input(pattern, { target: { value } });
    fireEvent.click(within(region).getByRole('button', { name: 'Save pattern' }));
    const alert = await within(region).findByText(message);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    expect(pattern.getAttribute('aria-describedby')).toContain(alert.id);
    expect(within(region).queryByText('Saved.')).toBeNull();
    expect((await view.review.prefs.read()).fileNamePattern).toBe(DEFAULT_PATTERN);
    // Typing again clears the message.
    fireEvent.input(pattern, { target: { value: '{title}' } });
    expect(within(region).queryByText(message)).toBeNull();
    expect(pattern.getAttribute('aria-invalid')).toBeNull();
  });

  it('the message is in Chinese for a Chinese UI', async () => {
    await renderSettings({ locale: 'zh-CN' });
    const region = await section('导出默认设置');
    fireEvent.input(within(region).getByLabelText('文件命名规则'), { target: { value: '' } });
    fireEvent.click(within(region).getByRole('button', { name: '保存规则' }));
    await within(region).findByText('文件命名规则不能为空,未保存。');
    within(region).getByLabelText('默认导出格式');
  });

  it('follows a change made in another page (the review tab)', async () => {
    const view = await renderSettings();
    const region = await section('Export defaults');
    await view.review.prefs.update({ defaultFormat: 'xlsx', fileNamePattern: '{title}' });
    const value = (label: string) =>
      (within(region).getByLabelText(label) as HTMLInputElement).value;
    await waitFor(() => expect(value('Export button format')).toBe('xlsx'));
    await waitFor(() => expect(value('File name pattern')).toBe('{title}'));
  });
});

describe('settings: reminders', () => {
  it('saves the reminder timing through the tracker preferences', async () => {
    const view = await renderSettings();
    const region = await section('Action item reminders');
    const lead = (await within(region).findByLabelText('Remind')) as HTMLSelectElement;
    expect(lead.value).toBe('1day');
    fireEvent.change(lead, { target: { value: '2days' } });
    fireEvent.click(within(region).getByLabelText('Count working days only (skip weekends)'));
    await within(region).findByText('Saved.');
    await waitFor(async () =>
      expect(await view.tracker.prefs.readReminders()).toEqual({
        lead: '2days',
        workingDaysOnly: false,
        hour: 9,
      }),
    );
  });
});

describe('settings: backup and restore', () => {
  it('backs up everything and restores a file, with the data section', async () => {
    const view = await renderSettings();
    await view.repo.create(seedMeetingFor('en'));
    const data = await section('Data');
    within(data).getByRole('heading', { name: 'Backup and restore' });
    // No meeting here: only the whole backup is offered.
    expect(within(data).queryByRole('button', { name: 'Back up this meeting' })).toBeNull();
    fireEvent.click(within(data).getByRole('button', { name: 'Back up all meetings' }));
    await within(data).findByText(/Saved minutes-backup-2026-03-0[12]\.json: 1 meeting\(s\)/);
    expect(view.downloads).toHaveLength(1);

    const file = createBackup({
      meetings: [{ ...seedMeetingFor('zh-CN'), id: 'm-restored' }],
      actionItems: seedItemsFor('zh-CN').map((i) => ({ ...i, meetingId: 'm-restored' })),
      now: new Date('2026-03-02T09:00:00.000Z'),
    });
    const input = within(data).getByLabelText('Restore from a backup file');
    Object.defineProperty(input, 'files', {
      value: [new File([file], 'backup.json', { type: 'application/json' })],
      configurable: true,
    });
    fireEvent.change(input);
    const preview = await within(data).findByRole('region', { name: 'What this file will do' });
    fireEvent.click(within(preview).getByRole('button', { name: /^Restore \d+ record\(s\)$/ }));
    await within(data).findByText(/Restored: \d+ added/);
    expect(await view.repo.get('m-restored')).not.toBeNull();
  });
});
