import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../lib/schema';
import type { ItemStore } from '../../../lib/store/remote';
import { makeItem } from '../../helpers/items';
import { input, planMeeting, renderPlan } from '../../helpers/plan-setup';

async function withItems(init: Partial<ActionItem>[]) {
  const meeting = planMeeting();
  const view = await renderPlan(meeting);
  const created: ActionItem[] = [];
  for (const [i, patch] of init.entries()) {
    created.push(
      await view.items.create(
        makeItem({
          meetingId: meeting.id,
          createdAt: `2026-03-02T08:0${i}:00.000Z`,
          ownerConfirmed: true,
          ...patch,
        }),
      ),
    );
  }
  // Another view wrote them: the table hears it on the change feed.
  view.changes.publish({
    kind: 'saved',
    store: 'actionItems',
    id: created[0]!.id,
    rev: 0,
    from: 'other-view',
  });
  await screen.findByRole('button', { name: `编辑:${created[created.length - 1]!.task}` });
  return { ...view, created };
}

const tasks = () =>
  [...document.querySelectorAll('tbody [data-col="task"]')].map((b) => b.textContent);

const SEED = [
  { task: '提交成本报告', ownerName: '王五', ownerDepartment: '财务部', dueDate: '2026-03-06' },
  { task: '优化落地页引导', ownerName: '张三', ownerDepartment: '市场部', dueDate: '2026-03-04' },
  {
    task: '同步产品功能信息',
    ownerName: '',
    ownerDepartment: '产品部',
    dueDate: null,
    ownerConfirmed: false,
  },
  {
    task: '整理客户反馈清单',
    ownerName: '钱七',
    ownerDepartment: '销售部',
    status: 'done' as const,
  },
];

describe('the plan table', () => {
  it('lists the rows in table order and marks what a commitment lacks', async () => {
    await withItems(SEED);
    expect(tasks()).toEqual([
      '提交成本报告',
      '优化落地页引导',
      '同步产品功能信息',
      '整理客户反馈清单',
    ]);
    const row = screen.getByRole('button', { name: '编辑:同步产品功能信息' }).closest('tr')!;
    expect(row.classList.contains('attention')).toBe(true);
    expect(within(row).getByText(/无负责人/)).toBeTruthy();
    expect(within(row).getByText(/无计划完成时间/)).toBeTruthy();
    expect(within(row).getByText(/负责人未确认/)).toBeTruthy();
    expect(screen.getByText(/有 1 个未完成的行动项缺少/)).toBeTruthy();
    const first = screen.getByRole('button', { name: '编辑:提交成本报告' }).closest('tr')!;
    expect(first.classList.contains('attention')).toBe(false);
  });

  it('sorts by a column header (aria-sort says how) and filters by status, words and attention', async () => {
    await withItems(SEED);
    fireEvent.click(screen.getByRole('button', { name: /^截止/ }));
    expect(tasks()).toEqual([
      '优化落地页引导',
      '提交成本报告',
      '整理客户反馈清单',
      '同步产品功能信息',
    ]);
    expect(
      screen.getByRole('button', { name: /^截止/ }).closest('th')!.getAttribute('aria-sort'),
    ).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /^截止/ }));
    // Descending; rows without a date stay last whichever the direction.
    expect(tasks().slice(2)).toEqual(['优化落地页引导', '同步产品功能信息']);
    fireEvent.click(screen.getByRole('button', { name: /^序号/ }));
    expect(tasks()[0]).toBe('提交成本报告');

    fireEvent.change(input('状态'), { target: { value: 'open' } });
    expect(tasks()).not.toContain('整理客户反馈清单');
    expect(screen.getByText('3 / 4')).toBeTruthy();
    fireEvent.input(input('筛选'), { target: { value: '市场部' } });
    expect(tasks()).toEqual(['优化落地页引导']);
    fireEvent.input(input('筛选'), { target: { value: '' } });
    fireEvent.click(input('只看需关注的'));
    expect(tasks()).toEqual(['同步产品功能信息']);
  });

  it('edits status and the owner’s confirmation in place, with history, announced', async () => {
    const { items, created, changes } = await withItems(SEED.slice(0, 3));
    fireEvent.change(screen.getByLabelText('提交成本报告 的状态'), {
      target: { value: 'in_progress' },
    });
    await waitFor(async () =>
      expect(((await items.get(created[0]!.id)) as ActionItem).status).toBe('in_progress'),
    );
    const stored = (await items.get(created[0]!.id)) as ActionItem;
    expect(stored.history[0]).toMatchObject({
      by: '李四',
      changes: [{ field: 'status', from: 'not_started', to: 'in_progress' }],
    });
    expect(changes.sent.at(-1)).toMatchObject({ store: 'actionItems', id: stored.id, rev: 1 });

    fireEvent.click(screen.getByLabelText('负责人已确认:同步产品功能信息'));
    await waitFor(async () =>
      expect(((await items.get(created[2]!.id)) as ActionItem).ownerConfirmed).toBe(true),
    );
  });

  it('延期 in the table asks for the reason and the adjusted date in the form first', async () => {
    const { items, created } = await withItems(SEED.slice(0, 1));
    const select = screen.getByLabelText('提交成本报告 的状态') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'delayed' } });
    const form = await screen.findByRole('form', { name: '编辑行动项' });
    expect(select.value).toBe('not_started'); // the row is unchanged until the form is saved
    expect((within(form).getByLabelText('状态') as HTMLSelectElement).value).toBe('delayed');
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('状态为延期时必须填写延期原因。')).toBeTruthy();
    expect(((await items.get(created[0]!.id)) as ActionItem).status).toBe('not_started');
    fireEvent.input(within(form).getByLabelText('延期原因'), {
      target: { value: '供应商报价未到' },
    });
    fireEvent.input(within(form).getByLabelText('调整后时间'), { target: { value: '2026-03-13' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(async () =>
      expect((await items.get(created[0]!.id)) as ActionItem).toMatchObject({
        status: 'delayed',
        delayReason: '供应商报价未到',
        revisedDueDate: '2026-03-13',
      }),
    );
    expect(await screen.findByText('3月13日')).toBeTruthy(); // the adjusted date shows in the row
  });

  it('moves with the arrow keys: ↑/↓ between rows in a column, ←/→ along a row', async () => {
    await withItems(SEED.slice(0, 3));
    const [a, b, c] = [...document.querySelectorAll<HTMLElement>('tbody [data-col="task"]')];
    a!.focus();
    fireEvent.keyDown(a!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(b);
    fireEvent.keyDown(b!, { key: 'End' });
    expect(document.activeElement).toBe(c);
    fireEvent.keyDown(c!, { key: 'ArrowRight' });
    const confirm = document.activeElement as HTMLElement;
    expect(confirm.getAttribute('data-col')).toBe('confirmed');
    fireEvent.keyDown(confirm, { key: 'ArrowRight' });
    const status = document.activeElement as HTMLSelectElement;
    expect(status.getAttribute('data-col')).toBe('status');
    // In a select the arrows change the value; Alt+↑ moves to the row above.
    fireEvent.keyDown(status, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(status);
    fireEvent.keyDown(status, { key: 'ArrowUp', altKey: true });
    expect(document.activeElement).toBe(b!.closest('tr')!.querySelector('[data-col="status"]'));
  });

  it('shows a status changed in another view (the tracker) within the change feed', async () => {
    const { items, created, changes } = await withItems(SEED.slice(0, 1));
    const item = created[0]!;
    const { saved } = await (items as ItemStore).save(item, { ...item, status: 'done' });
    changes.publish({
      kind: 'saved',
      store: 'actionItems',
      id: item.id,
      rev: saved.rev,
      from: 'tracker-view',
    });
    await waitFor(() =>
      expect((screen.getByLabelText('提交成本报告 的状态') as HTMLSelectElement).value).toBe(
        'done',
      ),
    );
  });

  it('opens the tracker and the plan versions', async () => {
    const opened: string[] = [];
    const meeting = planMeeting();
    await renderPlan(meeting, { services: { openPage: (p) => opened.push(p) } });
    fireEvent.click(screen.getByRole('button', { name: '打开行动项跟踪' }));
    fireEvent.click(screen.getByRole('button', { name: '计划版本' }));
    expect(opened).toEqual(['/tracker.html', `/tracker.html#versions=${meeting.id}`]);
    expect(await screen.findByText('还没有行动项。为本次会议的决议新增第一项。')).toBeTruthy();
  });
});
