import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { SyncConflict, SyncStatus } from '../../../lib/sync/status';
import { fakeSync } from '../../helpers/fake-sync';
import { renderSettings } from '../../helpers/settings-setup';

/** The settings' sync block, with the background played by test/helpers/fake-sync.ts. */
const region = (name = 'Sync between computers') => screen.findByRole('region', { name });
const button = (r: HTMLElement, name: string | RegExp) => within(r).getByRole('button', { name });
/** The settings page with `sync`'s conflicts listed: the block, the list, its rows and what each names. */
async function conflictRows(sync: ReturnType<typeof fakeSync>) {
  await renderSettings({ sync: sync.services });
  const r = await region();
  const list = within(r).getByRole('list', { name: 'Both computers changed the same thing' });
  const rows = within(list).getAllByRole('listitem');
  const names = rows.map((row) => row.querySelector('.sync-conflict-what')!.textContent);
  return { r, list, rows, names };
}

const connected = {
  url: 'https://dav.example.com/dav/',
  user: 'me',
  root: '纪要归档',
  checked: { at: '2026-03-01T08:00:00.000Z', url: 'https://dav.example.com/dav/', user: 'me' },
};

const on: Partial<SyncStatus> = {
  state: 'idle',
  lastSyncAt: '2026-03-02T08:55:00.000Z',
  pending: 3,
  last: { pushed: 2, pulled: 5, merged: 1, damaged: 0, bytesSent: 4096 },
};

const conflict = (over: Partial<SyncConflict>): SyncConflict => ({
  kind: 'meeting',
  id: 'm1',
  title: 'Q3 promotion',
  path: 'title',
  local: 'Q3 promotion kickoff',
  remote: 'Q3 promotion review',
  kept: 'remote',
  at: '2026-03-02T08:55:00.000Z',
  ...over,
});

describe('settings: sync between computers', () => {
  it('off: says what syncs and where; the button waits for a passed 测试连接 on this server', async () => {
    const sync = fakeSync();
    const view = await renderSettings({ sync: sync.services });
    const r = await region();
    within(r).getByText(
      /meetings and action items \(with their history\), the approved versions and your own settings/,
    );
    within(r).getByText(/shared folder 纪要归档\/, read by your other computers\. Nothing else/);
    const enable = button(r, 'Turn on sync on this computer') as HTMLButtonElement;
    expect(enable.disabled).toBe(true);
    expect(enable.getAttribute('aria-describedby')).toBe('s-sync-why');
    within(r).getByText(/run “Test connection” first/);

    // Passed for another address: the form changed since, so it must pass again.
    await view.review.webdav.update({ ...connected, url: 'https://other.example.com/' });
    await within(r).findByText(/changed since the last “Test connection”/);
    expect(enable.disabled).toBe(true);

    await view.review.webdav.update(connected);
    await waitFor(() => expect(enable.disabled).toBe(false));
    within(r).getByText(/https:\/\/dav\.example\.com\/dav\/纪要归档\//);
    fireEvent.click(enable);
    await within(r).findByText('Syncing…');
    expect(sync.calls).toEqual(['enable']);
  });

  it('on: the state, the last sync ago and when, what waits and the last pass, in zh-CN', async () => {
    const sync = fakeSync(on, { enabled: true });
    await renderSettings({ sync: sync.services, locale: 'zh-CN' });
    const r = await region('在电脑之间同步');
    within(r).getByText('空闲');
    within(r).getByText(/^5分钟前\(2026.*\)$/);
    within(r).getByText('3 条');
    within(r).getByText('上传 2 条,下载 5 条,合并 1 条');
    for (const name of ['立即同步', '暂停', '断开同步']) button(r, name);
  });

  it.each([
    [
      'auth',
      401,
      'The server refused the user or app password (401). Check them above and run “Test connection”.',
    ],
    [
      'storage',
      507,
      'The shared folder is full (507). Free some space or enlarge it; sync continues after that, nothing is lost.',
    ],
    ['timeout', undefined, 'The server did not answer in time. Sync will retry; nothing is lost.'],
    ['network', undefined, 'The server could not be reached. Sync will retry; nothing is lost.'],
    ['server', 502, 'The server had an error (502). Sync will retry; nothing is lost.'],
    [
      'permission',
      undefined,
      'Permission to reach the server is missing. Run “Test connection” above to grant it again.',
    ],
    [
      'connection',
      undefined,
      'The shared folder’s settings are incomplete. Fill in the server, user and app password above.',
    ],
  ] as const)('an error (%s) says what happened and what to do', async (kind, status, text) => {
    const sync = fakeSync({ ...on, state: 'error', error: { kind, status, at: on.lastSyncAt! } });
    await renderSettings({ sync: sync.services });
    const r = await region();
    within(r).getByText('Error');
    within(r).getByText(text);
    within(r).getByText(/^Since 5 minutes ago \(/);
  });

  it('立即同步, 暂停 and 继续 send their commands; the change of state is announced politely', async () => {
    const sync = fakeSync(on, { enabled: true });
    await renderSettings({ sync: sync.services });
    const r = await region();
    const live = r.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    fireEvent.click(button(r, 'Sync now'));
    await waitFor(() => expect(live.textContent).toBe('Sync: Syncing…'));
    expect((button(r, 'Sync now') as HTMLButtonElement).disabled).toBe(true);
    sync.set({ state: 'idle' });
    await waitFor(() => expect(live.textContent).toBe('Sync: Idle'));

    const pause = button(r, 'Pause') as HTMLButtonElement;
    await waitFor(() => expect(pause.disabled).toBe(false));
    fireEvent.click(pause);
    await waitFor(() => expect(live.textContent).toBe('Sync: Paused'));
    expect((button(r, 'Sync now') as HTMLButtonElement).disabled).toBe(true);
    const resume = button(r, 'Resume') as HTMLButtonElement;
    await waitFor(() => expect(resume.disabled).toBe(false));
    fireEvent.click(resume);
    await within(r).findByText('Idle');
    expect(sync.calls).toEqual(['now', 'pause', 'resume']);
  });

  it('断开同步 asks first, saying both copies are kept; Cancel sends nothing', async () => {
    const sync = fakeSync(on, { enabled: true });
    await renderSettings({ sync: sync.services });
    const r = await region();
    const disconnect = button(r, 'Disconnect sync');
    fireEvent.click(disconnect);
    within(r).getByText(/data on this computer and the files in the shared folder are both kept/);
    await waitFor(() => expect(document.activeElement).toBe(button(r, 'Disconnect')));
    fireEvent.click(button(r, 'Cancel'));
    expect(within(r).queryByText(/are both kept/)).toBeNull();
    expect(document.activeElement).toBe(disconnect);
    expect(sync.calls).toEqual([]);

    fireEvent.click(disconnect);
    fireEvent.click(button(r, 'Disconnect'));
    await within(r).findByRole('button', { name: 'Turn on sync on this computer' });
    expect(sync.calls).toEqual(['disconnect']);
    await waitFor(() => expect(document.activeElement?.id).toBe('s-sync'));
    expect(sync.prefs().enabled).toBe(false);
  });

  it('a command no background answers is said, not swallowed', async () => {
    const sync = fakeSync(on, { enabled: true });
    await renderSettings({ sync: sync.services });
    const r = await region();
    sync.failNext(new Error('Could not establish connection.'));
    fireEvent.click(button(r, 'Sync now'));
    expect((await within(r).findByRole('alert')).textContent).toBe(
      'That did not work: Could not establish connection.',
    );
  });

  it('conflicts show both values, which is kept, and keep either one on request', async () => {
    const long = `${'很长的决定。'.repeat(40)}结尾`;
    const sync = fakeSync({
      ...on,
      conflicts: [
        conflict({}),
        conflict({ path: 'topics[t1].ownerName', local: '张伟', remote: '李娜', kept: 'local' }),
        conflict({
          kind: 'actionItem',
          id: 'a1',
          title: 'Cost report',
          path: 'dueDate',
          local: '2026-03-10',
          remote: null,
        }),
        conflict({ path: 'decisions[d1].text', local: long, remote: 'short' }),
      ],
    });
    const { r, list, rows, names } = await conflictRows(sync);
    expect(names).toEqual([
      'Meeting Q3 promotion · Meeting name',
      'Meeting Q3 promotion · Topic › Owner',
      'Action item Cost report · Due',
      'Meeting Q3 promotion · Decision',
    ]);
    const first = within(rows[0]!);
    first.getByText('Q3 promotion kickoff');
    first.getByText('Q3 promotion review');
    expect(rows[0]!.querySelector('.kept')!.textContent).toContain('Q3 promotion review');
    expect(rows[0]!.querySelector('.kept')!.textContent).toContain('Kept now');
    within(rows[2]!).getByText('(empty)');

    // A long value shows its start; all of it on request.
    const more = within(rows[3]!).getByRole('button', { name: 'Show all' });
    expect(rows[3]!.textContent).not.toContain('结尾');
    fireEvent.click(more);
    expect(rows[3]!.textContent).toContain('结尾');
    expect(more.getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(button(r, 'Keep this computer’s: Meeting name of “Q3 promotion”'));
    fireEvent.click(button(r, 'Keep the other computer’s: Topic › Owner of “Q3 promotion”'));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(sync.calls).toEqual([
      'resolve m1 title local',
      'resolve m1 topics[t1].ownerName remote',
    ]);
    // Focus stays in the block when a row goes: on the list's heading, then, with the last
    // row gone, on the block's.
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Both computers changed the same thing'),
    );
    for (const row of within(list).getAllByRole('listitem')) {
      fireEvent.click(within(row).getByRole('button', { name: /^Keep the other/ }));
      await waitFor(() => expect(row.isConnected).toBe(false));
    }
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Sync between computers'));
    expect(within(r).queryByRole('list')).toBeNull();
  });

  it('a setting both computers changed is named as the settings page names it, without a title', async () => {
    const sync = fakeSync({
      ...on,
      conflicts: [
        conflict({
          kind: 'person',
          id: 'person',
          title: '',
          path: 'settings.departments',
          local: ['市场部'],
          remote: ['销售部'],
          kept: 'remote',
        }),
        conflict({ kind: 'person', id: 'person', title: '', path: 'exportPrefs.defaultFormat' }),
      ],
    });
    const { r, rows, names } = await conflictRows(sync);
    expect(names).toEqual(['Settings Departments', 'Settings Export button format']);
    within(rows[0]!).getByText('市场部');
    fireEvent.click(button(r, 'Keep this computer’s: Departments of “Settings”'));
    await waitFor(() => expect(sync.calls).toEqual(['resolve person settings.departments local']));
  });
});
