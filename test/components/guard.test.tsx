import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingList } from '../../components/meeting/MeetingList';
import { createMeeting, type ActionItem } from '../../lib/schema';
import type { MeetingSummary } from '../../lib/store/meetings';
import { summarise } from '../../lib/summary';
import { freshRepo } from '../helpers/fixtures';
import { renderWithEnv } from '../helpers/render';
import { ITEMS, renderTracker } from '../helpers/tracker-setup';

/**
 * Error boundaries (issue 13): a record that throws while it is rendered takes down only its own
 * part of the page. That part says, in the user's language, that it could not be shown and which
 * record it is; everything else keeps working. The records here bypass the schema (as a bug or a
 * record from an older version could) to make their part throw.
 */
afterEach(() => vi.restoreAllMocks());
const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => {});

describe('a record that cannot be shown', () => {
  it('in the meetings list: its row says so by name, the other rows and the list still work', async () => {
    quiet();
    const { repo } = await freshRepo();
    const good: MeetingSummary = summarise(
      createMeeting(new Date('2026-03-02T06:00:00.000Z'), { id: 'm-good', title: '周例会' }),
    );
    // The restored-backup value of the issue: an object whose toString and valueOf are not functions.
    const bad = { ...good, id: 'm-bad', title: { toString: 0, valueOf: 0 } as unknown as string };
    const meetings = Object.assign(Object.create(repo), {
      // The list reads a group's header, then its rows (lib/store/meeting-list.ts).
      groups: async () => ({ groups: [{ key: '2026-03', count: 2 }], next: null }),
      groupRows: async () => [bad, good],
    });
    const onOpen = vi.fn();
    await renderWithEnv(<MeetingList onOpen={onOpen} />, {
      locale: 'zh-CN',
      services: { meetings },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('此部分无法显示:会议“m-bad”。页面其余部分仍可正常使用。');
    expect(alert.closest('li')?.parentElement?.classList.contains('meetings')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '打开 周例会' }));
    expect(onOpen).toHaveBeenCalledWith('m-good');
    fireEvent.click(screen.getByRole('button', { name: '+ 新建会议' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(2));
  });

  it('on the tracker’s item page: its history says so by name, the status update still saves', async () => {
    quiet();
    const bad = {
      ...ITEMS[2]!,
      id: 'i-bad',
      task: '核对报价单',
      // A history entry whose changes are not a list: ItemHistory cannot render it.
      history: [
        {
          at: '2026-03-03T08:00:00.000Z',
          by: '',
          meetingId: null,
          changes: { length: 1 },
          note: '',
        },
      ],
    } as unknown as ActionItem;
    // Stored readable (a save needs a stored record: a missing one was deleted elsewhere, and
    // is not re-created); this view holds a version whose history cannot be drawn.
    const { db } = await renderTracker({
      hash: '#item=i-bad',
      items: [...ITEMS, { ...bad, history: [] }],
      wrapItems: (repo) =>
        Object.assign(Object.create(repo), {
          listAll: async () => {
            const all = await repo.listAll();
            return { ...all, items: all.items.map((i) => (i.id === bad.id ? bad : i)) };
          },
          get: async (id: string) => (id === bad.id ? bad : repo.get(id)),
        }),
    });
    expect(await screen.findByRole('heading', { name: '核对报价单' })).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      '此部分无法显示:行动项“核对报价单”的变更记录。页面其余部分仍可正常使用。',
    );
    const form = screen.getByRole('region', { name: '更新状态' });
    fireEvent.change(within(form).getByLabelText('新状态'), { target: { value: 'in_progress' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存更新' }));
    await within(form).findByText('已保存。');
    expect(await db.get('actionItems', 'i-bad')).toMatchObject({ status: 'in_progress' });
    fireEvent.click(screen.getByRole('button', { name: '← 返回列表' }));
    await screen.findByRole('button', { name: '打开:回复客户投诉并致歉' });
  });

  it('a part that works is not touched: no message without an error', async () => {
    await renderTracker({ hash: '#item=i3' });
    await screen.findByRole('heading', { name: '历史记录' });
    expect(screen.queryByText(/此部分无法显示/)).toBeNull();
  });
});
