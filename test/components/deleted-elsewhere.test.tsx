import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MeetingEditor } from '../../components/meeting/MeetingEditor';
import type { Meeting } from '../../lib/schema';
import { announcing } from '../../lib/store/announce';
import { freshRepo, memoryFeed, seedMeeting } from '../helpers/fixtures';
import { renderWithEnv } from '../helpers/render';
import { input, renderPlan } from '../helpers/plan-setup';
import { renderTracker } from '../helpers/tracker-setup';
import { ActionItemRepo } from '../../lib/store/action-items';

/** The editor open in this view; `other` is a second view on the same database and feed. */
async function openEditor() {
  const { db, repo } = await freshRepo(() => new Date());
  const m = await repo.create(seedMeeting());
  const changes = memoryFeed();
  const view = await renderWithEnv(<MeetingEditor id={m.id} onBack={() => {}} />, {
    locale: 'zh-CN',
    services: { meetings: repo, changes },
  });
  await screen.findByLabelText('会议名称');
  const other = announcing({ meetings: repo, items: view.items }, changes, 'other-view');
  return { ...view, db, m, repo, other };
}

const goal = () => screen.getByLabelText('会议核心目标') as HTMLInputElement;
const typeGoal = (value: string) => fireEvent.input(goal(), { target: { value } });

describe('a meeting deleted in another window while open here', () => {
  it('says so, saves nothing (no re-created meeting), keeps the text, and restores it', async () => {
    const { repo, m, other } = await openEditor();
    typeGoal('第一版目标');
    await screen.findByText(/^已保存 /, {}, { timeout: 2000 });

    await other.meetings.remove(m.id);
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('这条纪要已在另一个窗口中删除');
    typeGoal('删除之后输入的目标');
    fireEvent.blur(window); // a flush: the page would save now, were it not deleted
    expect(await repo.get(m.id)).toBeNull();
    expect(goal().value).toBe('删除之后输入的目标');

    fireEvent.click(within(banner).getByRole('button', { name: '从回收站恢复' }));
    await waitFor(async () =>
      expect(((await repo.get(m.id)) as Meeting | null)?.goal).toBe('删除之后输入的目标'),
    );
    await waitFor(() => expect(screen.queryByText(/这条纪要已在另一个窗口中删除/)).toBeNull());
  });

  it('says so when the delete was not announced yet: the save finds it gone', async () => {
    const { repo, m } = await openEditor();
    await repo.remove(m.id); // no message: another view's, still on its way
    typeGoal('没有收到删除消息时输入的目标');
    const banner = await screen.findByRole('alert', {}, { timeout: 2000 });
    expect(banner.textContent).toContain('这条纪要已在另一个窗口中删除');
    expect(await repo.get(m.id)).toBeNull();
    fireEvent.click(within(banner).getByRole('button', { name: '从回收站恢复' }));
    await waitFor(async () =>
      expect(((await repo.get(m.id)) as Meeting | null)?.goal).toBe('没有收到删除消息时输入的目标'),
    );
  });
});

describe('an action item deleted in another window while its form is open here', () => {
  it('says so instead of re-creating it, keeps the form, and restores it with the edit', async () => {
    const { items, meeting } = await renderPlan();
    fireEvent.click(await screen.findByRole('button', { name: '+ 新增行动项' }));
    fireEvent.input(input('行动任务'), { target: { value: '整理客户反馈清单' } });
    fireEvent.input(input('负责人'), { target: { value: '钱七' } });
    fireEvent.input(input('计划完成时间'), { target: { value: '2026-03-09' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    fireEvent.click(await screen.findByRole('button', { name: '编辑:整理客户反馈清单' }));
    const edit = screen.getByRole('form', { name: '编辑行动项' });
    const [stored] = (await items.listByMeeting(meeting.id)).items;
    await items.remove(stored!.id);

    fireEvent.input(within(edit).getByLabelText('计划完成时间'), {
      target: { value: '2026-03-10' },
    });
    fireEvent.click(within(edit).getByRole('button', { name: '保存' }));
    const banner = await within(edit).findByText(/这条行动项已在另一个窗口中删除/);
    expect(await items.get(stored!.id)).toBeNull();
    expect((within(edit).getByLabelText('计划完成时间') as HTMLInputElement).value).toBe(
      '2026-03-10',
    );

    fireEvent.click(within(banner.closest('div')!).getByRole('button', { name: '从回收站恢复' }));
    await waitFor(async () =>
      expect(await items.get(stored!.id)).toMatchObject({ dueDate: '2026-03-10' }),
    );
  });
});

describe('an action item deleted in another window while the tracker shows it', () => {
  it('the status update says so instead of re-creating it, and restores it with the update', async () => {
    const { db } = await renderTracker({ hash: '#item=i1' });
    const form = await screen.findByRole('region', { name: '更新状态' });
    const repo = new ActionItemRepo(db);
    await repo.remove('i1'); // another view, its message still on its way
    fireEvent.change(within(form).getByLabelText('新状态'), { target: { value: 'done' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存更新' }));
    const banner = await within(form).findByRole('alert');
    expect(banner.textContent).toContain('这条行动项已在另一个窗口中删除');
    expect(await repo.get('i1')).toBeNull();

    fireEvent.click(within(banner).getByRole('button', { name: '从回收站恢复' }));
    await waitFor(async () => expect(await repo.get('i1')).toMatchObject({ status: 'done' }));
  });
});
