import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SignInView } from '../../../components/signin/SignInView';
import { createMeeting, type Meeting } from '../../../lib/schema';
import { freshRepo, seedMeeting } from '../../helpers/fixtures';
import { renderWithEnv } from '../../helpers/render';
import { host, press, seedWithAgenda, type } from '../../helpers/capture-host';

const people = (m: Meeting) =>
  m.attendees.map((a) =>
    [a.name, a.department, a.role, a.attendance, a.absenceReason, a.substitute].join('|'),
  );

async function setup(meeting: Meeting, others: Meeting[] = []) {
  const { repo } = await freshRepo();
  for (const o of others) await repo.create(o);
  await repo.create(meeting);
  const h = host(meeting, SignInView);
  const view = await renderWithEnv(h.ui, { locale: 'zh-CN', services: { meetings: repo } });
  return { ...view, ...h };
}

describe('sign-in', () => {
  it('reads a pasted list in the template’s format, shows it, and applies it', async () => {
    const { state } = await setup(seedMeeting());
    const paste = screen.getByLabelText('参会部门及人员、缺席人员及原因(模板格式)');
    type(
      paste,
      '市场部:张三(市场部经理)、李四;销售部:王五、赵六;产品部:孙七;财务部:周八\n' +
        '王五(销售部,出差)——由钱七代参会\n这一行不是名单',
    );
    // The preview follows a moment behind the typing.
    await screen.findByRole('heading', { name: '识别到 6 人' }, { timeout: 10_000 });
    expect(screen.getByText('代参会人:钱七')).toBeTruthy();
    expect(screen.getByText('第 3 行:这一行不是名单')).toBeTruthy(); // shown, not dropped
    expect(state.meeting.attendees).toEqual([]); // nothing applied yet
    press(paste, 'Enter', { ctrlKey: true });
    expect(people(state.meeting)).toEqual([
      '张三|市场部|decision|unknown||',
      '李四|市场部|executor|unknown||',
      '王五|销售部|executor|absent|出差|钱七',
      '赵六|销售部|executor|unknown||',
      '孙七|产品部|executor|unknown||',
      '周八|财务部|executor|unknown||',
    ]);
    expect((paste as HTMLTextAreaElement).value).toBe('这一行不是名单'); // kept to fix
    expect(screen.getByRole('status').textContent).toContain('新增 6 人,更新 0 人。');
    const groups = [...document.querySelectorAll('.cap-group h3')].map((h) => h.textContent);
    expect(groups).toEqual(['市场部 (2)', '销售部 (2)', '产品部 (1)', '财务部 (1)']);

    screen.getByRole('button', { name: '将未签到的 5 人标为出席' }).click();
    await waitFor(() =>
      expect(state.meeting.attendees.filter((a) => a.attendance === 'present')).toHaveLength(5),
    );
    expect(screen.getByText('应到 6 人:出席 5,迟到 0,缺席 1(有代参会人 1),未签到 0')).toBeTruthy();
  });

  it('never makes a keystroke wait for the reading: 8,000 names are read after it', async () => {
    await setup(seedMeeting());
    const paste = screen.getByLabelText('参会部门及人员、缺席人员及原因(模板格式)');
    const names = Array.from(
      { length: 8000 },
      (_, i) =>
        `张${String.fromCharCode(0x4e00 + (i % 2000))}${String.fromCharCode(0x4e00 + Math.floor(i / 2000))}`,
    );
    const text = `市场部:${names.join('、')}`;
    type(paste, text);
    // The keystroke is in the box, and nothing was read while it was handled.
    expect((paste as HTMLTextAreaElement).value).toBe(text);
    expect(screen.queryByRole('heading', { name: /识别到/ })).toBeNull();
    await screen.findByRole('heading', { name: '识别到 8000 人' }, { timeout: 15_000 });
    expect(document.querySelectorAll('.cap-preview-list > li')).toHaveLength(201); // 200 and “more”
    expect(screen.getByText('另有 7800 项未在此列出。')).toBeTruthy();
  });

  it('reads the text as it is when applied at once, before the preview caught up', async () => {
    const { state } = await setup(seedMeeting());
    const paste = screen.getByLabelText('参会部门及人员、缺席人员及原因(模板格式)');
    type(paste, '销售部:王五、钱七(代赵六)');
    press(paste, 'Enter', { ctrlKey: true });
    expect(people(state.meeting)).toEqual([
      '王五|销售部|executor|unknown||',
      '赵六|销售部|executor|absent||钱七',
    ]);
  });

  it('edits attendance, reason and substitute per person; a removal can be undone', async () => {
    const { state } = await setup(seedWithAgenda());
    fireEvent.change(screen.getByLabelText('赵六 的出席情况'), { target: { value: 'late' } });
    expect(state.meeting.attendees.find((a) => a.name === '赵六')?.attendance).toBe('late');
    fireEvent.change(screen.getByLabelText('孙七 的出席情况'), { target: { value: 'absent' } });
    type(await screen.findByLabelText('孙七 的缺席原因'), '休假');
    type(screen.getByLabelText('孙七 的代参会人'), '吴九');
    expect(state.meeting.attendees.find((a) => a.name === '孙七')).toMatchObject({
      attendance: 'absent',
      absenceReason: '休假',
      substitute: '吴九',
    });
    fireEvent.change(screen.getByLabelText('周八 的层级'), { target: { value: 'executor' } });
    screen.getByRole('button', { name: '移除 李四' }).click();
    await waitFor(() => expect(state.meeting.attendees.some((a) => a.name === '李四')).toBe(false));
    screen.getByRole('button', { name: '撤销' }).click();
    await waitFor(() => expect(state.meeting.attendees[1]?.name).toBe('李四'));
  });

  it('adds people one by one, suggesting departments and people met before', async () => {
    const before = createMeeting(new Date('2026-02-23T06:00:00Z'), {
      title: '上次',
      attendees: [
        { id: 'x', name: '吴九', department: '研发中心', role: 'executor' },
      ] as Meeting['attendees'],
    });
    const { state } = await setup(seedMeeting(), [before]);
    await waitFor(() =>
      expect(document.querySelector('#signin-departments option[value="研发中心"]')).toBeTruthy(),
    );
    const name = screen.getByLabelText('姓名');
    type(name, '吴九');
    expect((screen.getByLabelText('部门') as HTMLInputElement).value).toBe('研发中心');
    press(name, 'Enter');
    type(name, '郑十');
    fireEvent.change(screen.getByLabelText('层级'), { target: { value: 'decision' } });
    press(name, 'Enter');
    expect(people(state.meeting)).toEqual([
      '吴九|研发中心|executor|unknown||',
      '郑十|研发中心|decision|unknown||',
    ]);
    expect(document.activeElement).toBe(name);
  });

  it('starts a meeting of a series from the previous meeting’s roster', async () => {
    const first = {
      ...seedWithAgenda(),
      id: 'first',
      startAt: '2026-03-02T06:00:00.000Z',
    };
    const next = createMeeting(new Date('2026-03-08T06:00:00Z'), {
      id: 'next',
      title: '项目Q3推广跟进会',
      series: '项目Q3推广',
      startAt: '2026-03-09T06:00:00.000Z',
    });
    const { state } = await setup(next, [first]);
    const use = await screen.findByRole('button', { name: '沿用上次会议名单' });
    expect(screen.getByText(/本系列上次会议:“项目Q3推广跨部门协作会”/)).toBeTruthy();
    use.click();
    await waitFor(() => expect(state.meeting.attendees).toHaveLength(6));
    expect(people(state.meeting)).toContain('王五|销售部|executor|unknown||'); // attendance is new
    expect(people(state.meeting)).toContain('张三|市场部|decision|unknown||');
    expect(new Set(state.meeting.attendees.map((a) => a.id)).has('a-张三')).toBe(false);
  });
});
