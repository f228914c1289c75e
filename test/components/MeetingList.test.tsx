import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MeetingList } from '../../components/meeting/MeetingList';
import { createMeeting } from '../../lib/schema';
import { freshRepo } from '../helpers/fixtures';
import type { PageHints } from '../../lib/page-info';
import { renderWithEnv } from '../helpers/render';

const openButtons = () =>
  screen.queryAllByRole('button', { name: /^Open / }).map((b) => b.getAttribute('aria-label'));

describe('MeetingList', () => {
  it('says there are no meetings yet, in the UI language', async () => {
    await renderWithEnv(<MeetingList onOpen={() => {}} />, { locale: 'zh-CN' });
    await screen.findByText('还没有会议。新建一个会议开始记录纪要。');
    expect(screen.getByRole('button', { name: '+ 新建会议' })).toBeTruthy();
  });

  it('creates a meeting and opens it', async () => {
    const onOpen = vi.fn();
    const { repo } = await renderWithEnv(<MeetingList onOpen={onOpen} />);
    fireEvent.click(await screen.findByRole('button', { name: '+ New meeting' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const { meetings } = await repo.list();
    expect(meetings.map((m) => m.id)).toEqual([onOpen.mock.calls[0]![0]]);
  });

  it('opens the settings, and the keyboard shortcut list at its anchor, in a tab', async () => {
    const opened: string[] = [];
    await renderWithEnv(<MeetingList onOpen={() => {}} />, {
      services: { openPage: (path) => opened.push(path) },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Keyboard shortcuts' }));
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(opened).toEqual(['/options.html#shortcuts', '/options.html']);
  });

  it('asks again which page it is beside when the tab may have changed, and shows the latest', async () => {
    let page: PageHints | null = null;
    const listeners = new Set<() => void>();
    const changed = () => listeners.forEach((l) => l());
    await renderWithEnv(<MeetingList onOpen={() => {}} />, {
      services: {
        pageHints: async () => page,
        onPageChange: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
    });
    await screen.findByRole('button', { name: '+ New meeting' });
    expect(screen.queryByRole('heading', { name: 'This meeting page' })).toBeNull();
    page = {
      platform: 'tencent',
      meetingCode: '123456789',
      title: '周会',
      link: 'https://meeting.tencent.com/dm/E9PPpvNCArg5',
      seenAt: 0,
    };
    changed(); // the tab went to a meeting
    await screen.findByText('Tencent Meeting · 123456789 · 周会');
    page = null;
    changed(); // and left it
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'This meeting page' })).toBeNull(),
    );
  });

  it('shows drafts first, newest first, approved minutes last', async () => {
    const { repo } = await freshRepo();
    await repo.create(createMeeting(new Date('2026-01-01T00:00:00Z'), { title: '旧草稿' }));
    const approved = createMeeting(new Date('2026-03-01T00:00:00Z'), { title: '已审核' });
    await repo.create({ ...approved, review: { state: 'approved', reviewer: '张三', at: null } });
    await repo.create(createMeeting(new Date('2026-02-01T00:00:00Z'), { title: '新草稿' }));
    await renderWithEnv(<MeetingList onOpen={() => {}} />, { services: { meetings: repo } });
    await waitFor(() =>
      expect(openButtons()).toEqual(['Open 新草稿', 'Open 旧草稿', 'Open 已审核']),
    );
    expect(screen.getByText('Approved')).toBeTruthy();
  });

  it('renames in place with the keyboard; Escape cancels', async () => {
    const { repo } = await freshRepo();
    const m = await repo.create(createMeeting(new Date(), { title: '周会' }));
    await renderWithEnv(<MeetingList onOpen={() => {}} />, { services: { meetings: repo } });
    fireEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    const input = screen.getByLabelText('New name for 周会');
    fireEvent.input(input, { target: { value: '不要' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(openButtons()).toEqual(['Open 周会']);

    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const again = screen.getByLabelText('New name for 周会');
    fireEvent.input(again, { target: { value: 'Q3推广周会' } });
    fireEvent.submit(again.closest('form')!);
    await waitFor(() => expect(openButtons()).toEqual(['Open Q3推广周会']));
    expect(await repo.get(m.id)).toMatchObject({ title: 'Q3推广周会', rev: 1 });
  });

  it('deletes with undo', async () => {
    const { repo } = await freshRepo();
    const m = await repo.create(createMeeting(new Date(), { title: '周会' }));
    await renderWithEnv(<MeetingList onOpen={() => {}} />, { services: { meetings: repo } });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete 周会' }));
    await screen.findByText('Deleted “周会”.');
    await waitFor(() => expect(openButtons()).toEqual([]));
    expect(await repo.get(m.id)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(openButtons()).toEqual(['Open 周会']));
    expect(await repo.get(m.id)).toEqual(m);
  });

  it('undo after a backup brought the meeting back keeps both, and says so', async () => {
    const { repo } = await freshRepo();
    const m = await repo.create(createMeeting(new Date(), { title: '周会', summary: '旧' }));
    await renderWithEnv(<MeetingList onOpen={() => {}} />, { services: { meetings: repo } });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete 周会' }));
    await screen.findByText('Deleted “周会”.');
    await repo.create({ ...m, summary: '备份里的新版本' }); // restored in the settings meanwhile
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/“周会” is back as a meeting of its own/);
    await waitFor(() => expect(openButtons()).toEqual(['Open 周会', 'Open 周会']));
    expect(await repo.get(m.id)).toMatchObject({ summary: '备份里的新版本' });
  });

  it('reports damaged records instead of hiding them', async () => {
    const { db, repo } = await freshRepo();
    await db.put('meetings', { schemaVersion: 1, id: 'bad', rev: -1 });
    await renderWithEnv(<MeetingList onOpen={() => {}} />, { services: { meetings: repo } });
    await screen.findByText(/1 stored record\(s\) could not be read/);
  });
});
