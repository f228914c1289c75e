import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../lib/schema';
import { renderTracker, shownTasks } from '../../helpers/tracker-setup';

const select = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
/** The list, once items and their meetings are loaded. */
const rows = async () => {
  await screen.findAllByRole('button', { name: /^打开:/ });
  await screen.findAllByRole('button', { name: '打开会议“客户投诉联合评审会”' });
  return shownTasks();
};

describe('the tracker', () => {
  it('shows the unfinished items of every meeting, most pressing first, and opens their meeting', async () => {
    const opened: string[] = [];
    await renderTracker({ services: { openPage: (p) => opened.push(p) } });
    expect(await rows()).toEqual([
      '优化落地页引导', // overdue
      '提交增加生产线的成本报告',
      '回复客户投诉并致歉',
      '修订质检流程',
    ]);
    expect(screen.getByText('第 1–4 项,共 4 项')).toBeTruthy();
    const row = screen.getByRole('button', { name: '打开:回复客户投诉并致歉' }).closest('tr')!;
    expect(within(row).getByText(/负责人未确认/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '打开会议“客户投诉联合评审会”' }));
    expect(opened).toEqual(['/sidepanel.html#/meeting/m2']);
    const overdue = screen.getByRole('button', { name: '打开:优化落地页引导' }).closest('tr')!;
    expect(within(overdue).getByText('已逾期')).toBeTruthy();
  });

  it('filters by department, owner, status, project, meeting, due and words', async () => {
    await renderTracker();
    await rows();
    select('负责部门', '销售部');
    await waitFor(() => expect(shownTasks()).toEqual(['回复客户投诉并致歉']));
    select('状态', '');
    await waitFor(() => expect(shownTasks()).toEqual(['整理客户反馈清单', '回复客户投诉并致歉']));
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    select('负责人', '韩梅梅');
    await waitFor(() => expect(shownTasks()).toEqual(['修订质检流程']));
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    // An item made before its meeting was filed under a project follows the meeting.
    select('所属项目/系列', '客诉改进');
    await waitFor(() => expect(shownTasks()).toEqual(['回复客户投诉并致歉', '修订质检流程']));
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    select('来源会议', 'm1');
    await waitFor(() =>
      expect(shownTasks()).toEqual(['优化落地页引导', '提交增加生产线的成本报告']),
    );
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    for (const [bucket, expected] of [
      ['overdue', ['优化落地页引导']],
      ['thisWeek', ['提交增加生产线的成本报告']],
      ['nextWeek', ['回复客户投诉并致歉']],
    ] as const) {
      select('截止', bucket);
      await waitFor(() => expect(shownTasks(), bucket).toEqual(expected));
    }
    select('截止', '');
    fireEvent.input(screen.getByLabelText('搜索'), { target: { value: '投诉' } });
    await waitFor(() => expect(shownTasks()).toEqual(['回复客户投诉并致歉']));
    fireEvent.input(screen.getByLabelText('搜索'), { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('只看需关注的'));
    await waitFor(() => expect(shownTasks()).toEqual(['回复客户投诉并致歉']));
  });

  it('sorts by a column header', async () => {
    await renderTracker();
    await rows();
    fireEvent.click(screen.getByRole('button', { name: /^负责部门/ }));
    // In pinyin order, as a Chinese reader expects: cái, chǎn, shì, xiāo.
    await waitFor(() =>
      expect(shownTasks()).toEqual([
        '提交增加生产线的成本报告', // 财务部
        '修订质检流程', // 产品部
        '优化落地页引导', // 市场部
        '回复客户投诉并致歉', // 销售部
      ]),
    );
  });

  it('a status update goes into the history with who, when and what; 延期 needs reason and date', async () => {
    const { items, changes } = await renderTracker();
    await rows();
    fireEvent.change(screen.getByLabelText('你的姓名(记入更新记录)'), {
      target: { value: '李四' },
    });
    fireEvent.click(screen.getByRole('button', { name: '打开:提交增加生产线的成本报告' }));
    await screen.findByRole('heading', { name: '提交增加生产线的成本报告' });
    fireEvent.change(screen.getByLabelText('新状态'), { target: { value: 'delayed' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更新' }));
    expect(await screen.findByText('状态为延期时必须填写延期原因。')).toBeTruthy();
    expect(screen.getByText('状态为延期时必须填写调整后时间。')).toBeTruthy();
    expect(((await items.get('i1')) as ActionItem).status).toBe('not_started');

    fireEvent.input(screen.getByLabelText('延期原因'), { target: { value: '供应商报价未到' } });
    fireEvent.input(screen.getByLabelText('调整后时间'), { target: { value: '2026-03-06' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更新' }));
    expect(await screen.findByText('调整后时间须晚于原计划完成时间。')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('调整后时间'), { target: { value: '2026-03-13' } });
    fireEvent.input(screen.getByLabelText('进展说明(记入历史)'), {
      target: { value: '等报价' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存更新' }));
    await screen.findByText('已保存。');

    const stored = (await items.get('i1')) as ActionItem;
    expect(stored).toMatchObject({ status: 'delayed', revisedDueDate: '2026-03-13' });
    expect(stored.history).toEqual([
      {
        at: '2026-03-05T02:00:00.000Z',
        by: '李四',
        meetingId: null,
        changes: [
          { field: 'status', from: 'not_started', to: 'delayed' },
          { field: 'delayReason', from: '', to: '供应商报价未到' },
          { field: 'revisedDueDate', from: null, to: '2026-03-13' },
        ],
        note: '等报价',
      },
    ]);
    expect(changes.sent).toContainEqual(
      expect.objectContaining({ store: 'actionItems', id: 'i1', rev: stored.rev }),
    );
    const history = screen.getByRole('region', { name: '历史记录' });
    expect(within(history).getByText(/李四 · 行动项跟踪/)).toBeTruthy();
    expect(within(history).getByText('延期原因')).toBeTruthy();
    expect(within(history).getByText('等报价')).toBeTruthy();
  });

  it('the weekly review goes through the unfinished items one by one and records the check-in', async () => {
    const { items } = await renderTracker();
    await rows();
    fireEvent.click(screen.getByRole('button', { name: '周检查' }));
    await screen.findByText('第 1 项,共 4 项');
    expect(screen.getByRole('heading', { name: '优化落地页引导' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('进展/原因'), {
      target: { value: '落地页改版已上线一半' },
    });
    fireEvent.input(screen.getByLabelText('障碍'), { target: { value: '设计资源不足' } });
    fireEvent.input(screen.getByLabelText('需要的帮助'), {
      target: { value: '产品部借调一名设计' },
    });
    fireEvent.input(screen.getByLabelText('下一步'), { target: { value: '周三前完成' } });
    fireEvent.change(screen.getByLabelText('新状态'), { target: { value: 'in_progress' } });
    fireEvent.click(screen.getByRole('button', { name: '保存并下一项' }));
    await screen.findByText('第 2 项,共 4 项');
    const stored = (await items.get('i2')) as ActionItem;
    expect(stored.status).toBe('in_progress');
    expect(stored.history[0]!.note).toBe(
      '进展/原因: 落地页改版已上线一半\n障碍: 设计资源不足\n需要的帮助: 产品部借调一名设计\n下一步: 周三前完成',
    );

    // No status change: the check-in is still on record.
    fireEvent.input(screen.getByLabelText('进展/原因'), { target: { value: '报价已催' } });
    fireEvent.click(screen.getByRole('button', { name: '保存并下一项' }));
    await screen.findByText('第 3 项,共 4 项');
    const noted = (await items.get('i1')) as ActionItem;
    expect(noted.history).toEqual([
      expect.objectContaining({ changes: [], note: '进展/原因: 报价已催' }),
    ]);

    fireEvent.click(screen.getByRole('button', { name: '跳过 →' }));
    await screen.findByText('第 4 项,共 4 项');
    fireEvent.click(screen.getByRole('button', { name: '跳过 →' }));
    expect(await screen.findByText('检查完毕:共看过 4 项,更新了 2 项。')).toBeTruthy();
  });

  it('opens the item a reminder links to (#item=<id>)', async () => {
    await renderTracker({ hash: '#item=i3' });
    expect(await screen.findByRole('heading', { name: '回复客户投诉并致歉' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: '客户投诉联合评审会' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← 返回列表' }));
    await screen.findByText('第 1–4 项,共 4 项');
  });

  it('the overdue list a summary reminder links to (#due=overdue)', async () => {
    await renderTracker({ hash: '#due=overdue' });
    await waitFor(() => expect(shownTasks()).toEqual(['优化落地页引导']));
  });

  it('a change made in another view shows without a reload; an inline status change is stored', async () => {
    const { items, changes } = await renderTracker();
    await rows();
    const item = (await items.get('i3')) as ActionItem;
    const { saved } = await items.save(item, { ...item, ownerName: '韩梅梅' });
    changes.publish({
      kind: 'saved',
      store: 'actionItems',
      id: 'i3',
      rev: saved.rev,
      from: 'panel',
    });
    await waitFor(() =>
      expect(
        within(
          screen.getByRole('button', { name: '打开:回复客户投诉并致歉' }).closest('tr')!,
        ).getByText('韩梅梅'),
      ).toBeTruthy(),
    );
    fireEvent.change(screen.getByLabelText('修订质检流程 的状态'), { target: { value: 'done' } });
    await waitFor(async () => expect(((await items.get('i4')) as ActionItem).status).toBe('done'));
    await waitFor(() => expect(shownTasks()).not.toContain('修订质检流程')); // done: not unfinished
  });

  it('reminder settings: how long before, working days; notifications asked for with a click', async () => {
    let asked = 0;
    const { tracker } = await renderTracker({
      services: { requestNotifications: async () => (asked++, true) },
    });
    fireEvent.click(screen.getByText('提醒', { selector: 'summary' }));
    const lead = (await screen.findByLabelText('提醒时间')) as HTMLSelectElement;
    expect([...lead.options].map((o) => o.text)).toEqual([
      '关闭(只提醒逾期)',
      '截止当天',
      '提前 1 天',
      '提前 2 天',
    ]);
    expect(lead.value).toBe('1day');
    fireEvent.change(lead, { target: { value: '2days' } });
    fireEvent.click(screen.getByLabelText('只按工作日计算(跳过周末)'));
    await waitFor(async () =>
      expect(await tracker.prefs.readReminders()).toEqual({
        lead: '2days',
        workingDaysOnly: false,
        hour: 9,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: '允许系统通知' }));
    expect(await screen.findByText('已开启系统通知。')).toBeTruthy();
    expect(asked).toBe(1);
  });
});
