import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MeetingList } from '../../components/meeting/MeetingList';
import { createMeeting, type ActionItem } from '../../lib/schema';
import { announcing } from '../../lib/store/announce';
import { freshRepo, memoryFeed } from '../helpers/fixtures';
import { makeItem } from '../helpers/items';
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

  it('groups by month, newest first, only the newest month open; a month opens by keyboard', async () => {
    const { repo } = await freshRepo();
    const at = (iso: string, title: string, init: object = {}) =>
      repo.create({ ...createMeeting(new Date(iso), { title }), startAt: iso, ...init });
    await at('2026-01-15T04:00:00.000Z', '一月例会');
    await at('2026-03-10T04:00:00.000Z', '三月旧', {
      review: { state: 'approved', reviewer: '张三', at: null },
    });
    await at('2026-03-20T04:00:00.000Z', '三月新');
    await at('2025-12-15T04:00:00.000Z', '去年');
    await renderWithEnv(<MeetingList onOpen={() => {}} />, { services: { meetings: repo } });
    await waitFor(() => expect(openButtons()).toEqual(['Open 三月新', 'Open 三月旧']));
    const month = (name: RegExp) => screen.getByRole('button', { name });
    expect(month(/^March 2026/).getAttribute('aria-expanded')).toBe('true');
    expect(month(/^January 2026\s*1 meeting/).getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('.badge.approved')?.textContent).toBe('Approved');
    month(/^January 2026/).focus();
    fireEvent.click(document.activeElement!); // Enter on a focused button is a click
    await waitFor(() =>
      expect(openButtons()).toEqual(['Open 三月新', 'Open 三月旧', 'Open 一月例会']),
    );

    fireEvent.change(screen.getByLabelText('Group by'), { target: { value: 'year' } });
    await waitFor(() =>
      expect(openButtons()).toEqual(['Open 三月新', 'Open 三月旧', 'Open 一月例会']),
    );
    expect(month(/^2025/).getAttribute('aria-expanded')).toBe('false');
  });

  it('filters by project, department and review state, and says when nothing matches', async () => {
    const { repo } = await freshRepo();
    const make = (title: string, init: object) =>
      repo.create({
        ...createMeeting(new Date('2026-03-02T04:00:00.000Z'), { title }),
        startAt: '2026-03-02T04:00:00.000Z',
        ...init,
      });
    await make('周会', { series: '周例会', department: '市场部' });
    await make('评审', { series: '产品评审', department: '产品部' });
    await make('已审', {
      series: '周例会',
      department: '产品部',
      review: { state: 'approved', reviewer: '张三', at: null },
    });
    await renderWithEnv(<MeetingList onOpen={() => {}} />, {
      services: { meetings: repo },
      locale: 'zh-CN',
    });
    const rows = () => screen.queryAllByRole('button', { name: /^打开/ }).map((b) => b.textContent);
    await waitFor(() => expect(rows().sort()).toEqual(['周会', '已审', '评审'].sort()));
    fireEvent.change(screen.getByLabelText('项目'), { target: { value: '周例会' } });
    await waitFor(() => expect(rows().sort()).toEqual(['周会', '已审'].sort()));
    fireEvent.change(screen.getByLabelText('部门'), { target: { value: '产品部' } });
    await waitFor(() => expect(rows()).toEqual(['已审']));
    fireEvent.change(screen.getByLabelText('审核状态'), { target: { value: 'draft' } });
    await screen.findByText('没有符合筛选条件的会议。');
    expect(rows()).toEqual([]);
  });

  it('renders a long month fifty rows at a time', async () => {
    const { repo } = await freshRepo();
    for (let i = 0; i < 60; i++) {
      const iso = `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T0${i % 10}:00:00.000Z`;
      await repo.create({ ...createMeeting(new Date(iso), { title: `会${i}` }), startAt: iso });
    }
    await renderWithEnv(<MeetingList onOpen={() => {}} />, { services: { meetings: repo } });
    await waitFor(() => expect(openButtons()).toHaveLength(50));
    fireEvent.click(screen.getByRole('button', { name: 'Show 10 more' }));
    await waitFor(() => expect(openButtons()).toHaveLength(60));
  });

  it('shows each meeting’s action items and how many are open, again when another view changes one', async () => {
    const changes = memoryFeed();
    const view = await renderWithEnv(<MeetingList onOpen={() => {}} />, {
      locale: 'zh-CN',
      services: { changes },
    });
    const other = announcing({ meetings: view.repo, items: view.items }, changes, 'other-view');
    const at = (iso: string, id: string, title: string) =>
      other.meetings.create({ ...createMeeting(new Date(iso), { id, title }), startAt: iso });
    await at('2026-03-20T04:00:00.000Z', 'a', '周例会');
    await at('2026-03-10T04:00:00.000Z', 'b', '评审会');
    await at('2026-03-05T04:00:00.000Z', 'c', '碰头会');
    for (const [id, meetingId, status] of [
      ['i1', 'a', 'not_started'],
      ['i2', 'a', 'done'],
      ['i3', 'a', 'in_progress'],
      ['i4', 'b', 'done'],
    ] as const) {
      await other.items.create(makeItem({ id, meetingId, status }));
    }
    const row = (title: string) =>
      screen.getByRole('button', { name: `打开 ${title}` }).closest('li')!;
    await waitFor(() => expect(row('周例会').textContent).toContain('行动项 3 · 未完成 2'));
    expect(row('评审会').textContent).toContain('行动项 1 · 已全部完成');
    expect(row('碰头会').textContent).not.toContain('行动项');

    // Done in another view (the tracker): the row counts again.
    const item = (await view.items.get('i1')) as ActionItem;
    await other.items.save(item, { ...item, status: 'done' });
    await waitFor(() => expect(row('周例会').textContent).toContain('行动项 3 · 未完成 1'));
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
