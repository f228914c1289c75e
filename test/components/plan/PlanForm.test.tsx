import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { input, planMeeting, renderPlan } from '../../helpers/plan-setup';

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(input(label), { target: { value } });
const form = () => screen.getByRole('form', { name: '新增行动项' });
const openForm = async () => {
  fireEvent.click(await screen.findByRole('button', { name: '+ 新增行动项' }));
  return form();
};

describe('the action-item form', () => {
  it('has every column of the 行动计划表, with the template’s words', async () => {
    await renderPlan();
    const f = await openForm();
    for (const label of [
      '行动任务',
      '负责人',
      '负责部门',
      '协作部门',
      '开始时间',
      '计划完成时间',
      '所需支持/资源',
      '状态',
      '备注',
      '来源议题',
      '来源决议',
      '负责人已确认接受此任务',
    ]) {
      expect(within(f).getByLabelText(label), label).toBeTruthy();
    }
    const status = within(f).getByLabelText('状态') as HTMLSelectElement;
    expect([...status.options].map((o) => o.text)).toEqual(['未开始', '进行中', '已完成', '延期']);
    expect(within(f).queryByLabelText('延期原因')).toBeNull();
    fireEvent.change(status, { target: { value: 'delayed' } });
    expect(within(f).getByLabelText('延期原因')).toBeTruthy();
    expect(within(f).getByLabelText('调整后时间')).toBeTruthy();
    expect(document.activeElement).toBe(within(f).getByLabelText('行动任务'));
  });

  it('explains each problem next to its field, keeps what was typed and stores nothing', async () => {
    const { items, meeting } = await renderPlan();
    const f = await openForm();
    type('行动任务', '提交增加生产线的成本报告');
    type('计划完成时间', '2026-03-01'); // the day before the meeting
    type('备注', '含设备折旧');
    fireEvent.change(within(f).getByLabelText('状态'), { target: { value: 'delayed' } });
    fireEvent.click(within(f).getByRole('button', { name: '保存' }));

    await screen.findByText('请填写负责人。');
    expect(screen.getByText(/^计划完成时间早于会议日期\(2026年3月2日/)).toBeTruthy();
    expect(screen.getByText('状态为延期时必须填写延期原因。')).toBeTruthy();
    expect(screen.getByText('状态为延期时必须填写调整后时间。')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('4');
    const owner = input('负责人');
    expect(owner.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(owner.getAttribute('aria-describedby')!)?.textContent).toBe(
      '请填写负责人。',
    );
    await waitFor(() => expect(document.activeElement).toBe(owner));
    // Nothing typed is lost; nothing was stored.
    expect(input('行动任务').value).toBe('提交增加生产线的成本报告');
    expect(input('计划完成时间').value).toBe('2026-03-01');
    expect(input('备注').value).toBe('含设备折旧');
    expect((await items.listByMeeting(meeting.id)).items).toEqual([]);

    // Fixing a field clears its message at once.
    type('负责人', '王五');
    await waitFor(() => expect(screen.queryByText('请填写负责人。')).toBeNull());
    type('计划完成时间', '2026-03-06');
    type('调整后时间', '2026-03-05');
    expect(await screen.findByText('调整后时间须晚于原计划完成时间。')).toBeTruthy();
  });

  it('suggests owners and departments from the sign-in list and fills the owner’s department', async () => {
    await renderPlan();
    await openForm();
    type('负责人', '钱');
    const owners = document.getElementById(input('负责人').getAttribute('list')!)!;
    expect([...owners.querySelectorAll('option')].map((o) => [o.value, o.textContent])).toEqual([
      ['钱七', '销售部,代参会'],
    ]);
    type('负责人', '王五');
    expect(input('负责部门').value).toBe('财务部');
    type('负责部门', '部');
    const depts = document.getElementById(input('负责部门').getAttribute('list')!)!;
    expect([...depts.querySelectorAll('option')].map((o) => o.value)).toEqual([
      '市场部',
      '财务部',
      '销售部', // 赵六 is absent, but 钱七 attends for 销售部
      '产品部',
    ]);
    // Collaborating departments: the meeting's, toggled; the owner's own is not offered.
    type('负责部门', '财务部');
    const group = screen.getByRole('group', { name: '参会部门' });
    expect(within(group).queryByRole('button', { name: '财务部' })).toBeNull();
    fireEvent.click(within(group).getByRole('button', { name: '销售部' }));
    fireEvent.click(within(group).getByRole('button', { name: '产品部' }));
    expect(input('协作部门').value).toBe('销售部、产品部');
    expect(within(group).getByRole('button', { name: '销售部' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('saves every column, announces the write and shows the row', async () => {
    const { items, meeting, changes } = await renderPlan();
    await openForm();
    type('行动任务', '提交增加生产线的成本报告');
    type('负责人', '王五');
    type('协作部门', '销售部, 产品部');
    type('开始时间', '2026-03-03');
    type('计划完成时间', '2026-03-06');
    type('所需支持/资源', '设备报价单');
    type('备注', '周五前');
    fireEvent.change(input('来源议题'), { target: { value: 't2' } });
    fireEvent.change(input('来源决议'), { target: { value: 'd1' } });
    fireEvent.click(input('负责人已确认接受此任务'));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const row = await screen.findByRole('button', { name: '编辑:提交增加生产线的成本报告' });
    expect(screen.queryByRole('form')).toBeNull();
    const [stored] = (await items.listByMeeting(meeting.id)).items;
    expect(stored).toMatchObject({
      meetingId: meeting.id,
      series: '项目Q3推广',
      task: '提交增加生产线的成本报告',
      ownerName: '王五',
      ownerDepartment: '财务部',
      collaborators: ['销售部', '产品部'],
      startDate: '2026-03-03',
      dueDate: '2026-03-06',
      support: '设备报价单',
      status: 'not_started',
      notes: '周五前',
      ownerConfirmed: true,
      sourceTopicId: 't2',
      sourceDecisionId: 'd1',
    });
    expect(changes.sent).toContainEqual({
      kind: 'saved',
      store: 'actionItems',
      id: stored!.id,
      rev: 0,
      from: 'view-under-test',
    });
    await waitFor(() => expect(document.activeElement).toBe(row));
  });

  it('collaborators typed with full-width separators are separate departments', async () => {
    const { items, meeting } = await renderPlan();
    await openForm();
    type('行动任务', '统一推广口径');
    type('负责人', '张三');
    type('协作部门', '市场部，销售部；产品部、财务部');
    type('计划完成时间', '2026-03-06');
    const group = screen.getByRole('group', { name: '参会部门' });
    expect(within(group).getByRole('button', { name: '销售部' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('button', { name: '编辑:统一推广口径' });
    const [stored] = (await items.listByMeeting(meeting.id)).items;
    expect(stored!.collaborators).toEqual(['市场部', '销售部', '产品部', '财务部']);
  });

  it('“save and add another” starts an empty form; editing records who changed what', async () => {
    const { items, meeting } = await renderPlan();
    await openForm();
    type('行动任务', '整理客户反馈清单');
    type('负责人', '钱七');
    type('计划完成时间', '2026-03-09');
    fireEvent.click(screen.getByRole('button', { name: '保存并继续新增' }));
    await screen.findByRole('button', { name: '编辑:整理客户反馈清单' });
    await waitFor(() => expect(input('行动任务').value).toBe(''));
    fireEvent.click(screen.getByRole('button', { name: '取消' }));

    fireEvent.click(screen.getByRole('button', { name: '编辑:整理客户反馈清单' }));
    const edit = screen.getByRole('form', { name: '编辑行动项' });
    expect((within(edit).getByLabelText('负责人') as HTMLInputElement).value).toBe('钱七');
    fireEvent.input(within(edit).getByLabelText('计划完成时间'), {
      target: { value: '2026-03-10' },
    });
    fireEvent.click(within(edit).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    const [stored] = (await items.listByMeeting(meeting.id)).items;
    expect(stored!.history).toEqual([
      expect.objectContaining({
        by: '李四', // the meeting's recorder
        meetingId: meeting.id,
        changes: [{ field: 'dueDate', from: '2026-03-09', to: '2026-03-10' }],
      }),
    ]);
  });

  it('what was typed survives leaving the tab and coming back', async () => {
    const meeting = planMeeting();
    const first = await renderPlan(meeting);
    await openForm();
    type('行动任务', '同步产品功能信息给市场部');
    type('负责人', '小张');
    first.unmount();
    await renderPlan(meeting);
    expect(((await screen.findByLabelText('行动任务')) as HTMLTextAreaElement).value).toBe(
      '同步产品功能信息给市场部',
    );
    expect(input('负责人').value).toBe('小张');
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('speaks English too', async () => {
    await renderPlan(planMeeting(), { locale: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: '+ Add action item' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Task is required.')).toBeTruthy();
    expect(screen.getByText('Owner is required.')).toBeTruthy();
    expect(screen.getByText('Due is required.')).toBeTruthy();
  });
});
