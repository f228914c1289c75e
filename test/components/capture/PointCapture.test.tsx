import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CaptureView } from '../../../components/capture/CaptureView';
import type { Meeting } from '../../../lib/schema';
import { memoryFeed } from '../../helpers/fixtures';
import { renderWithEnv } from '../../helpers/render';
import { host, press, seedWithAgenda, type } from '../../helpers/capture-host';

const NOW = new Date('2026-03-02T06:12:00.000Z');
const MKT = 'Q2线上曝光量达200万,但转化率低于目标(3% vs 目标5%),主要原因是落地页引导不清晰。';
const SALES = '客户反馈推广信息与产品实际功能存在偏差,需加强产品与市场信息同步。';
const AGREED = 'Q3推广前产品部与市场部每周同步一次产品信息,落地页由市场部重新设计。';

async function setup(meeting: Meeting = seedWithAgenda()) {
  const h = host(meeting, CaptureView);
  const changes = memoryFeed();
  const view = await renderWithEnv(h.ui, {
    locale: 'zh-CN',
    services: { now: () => NOW, changes },
  });
  const box = screen.getByLabelText('“Q2推广活动复盘”的新要点') as HTMLTextAreaElement;
  return { ...view, ...h, box, changes };
}

const enter = (el: HTMLElement) => press(el, 'Enter');
const shape = (m: Meeting) =>
  m.points.map((p) => [p.topicId, p.department, p.speaker, p.kind, p.text]);
const row = (text: string) =>
  [...document.querySelectorAll<HTMLElement>('.cap-list [data-point]')].find(
    (li) => li.querySelector('.cap-point-text')?.textContent === text,
  )!;

describe('talking points', () => {
  it('records each point on Enter, under the timer’s topic, tagged by its prefix, with its time', async () => {
    const { box, state, container } = await setup();
    type(box, `@市场部 ${MKT}`);
    enter(box);
    expect(box.value).toBe('');
    type(box, `#钱七 ${SALES}`);
    enter(box);
    type(box, `!共识 ${AGREED}`);
    enter(box);
    expect(shape(state.meeting)).toEqual([
      ['t1', '市场部', '', 'viewpoint', MKT],
      ['t1', '销售部', '钱七', 'viewpoint', SALES], // a substitute speaks for their department
      ['t1', '', '', 'consensus', AGREED],
    ]);
    expect(state.meeting.points.every((p) => p.at === NOW.toISOString())).toBe(true);
    const parts = [...container.querySelectorAll<HTMLElement>('[data-part]')];
    expect(parts.map((p) => p.dataset.part)).toEqual(['viewpoints', 'consensus']);
    const depts = [...container.querySelectorAll<HTMLElement>('[data-department]')];
    expect(depts.map((d) => d.dataset.department)).toEqual(['市场部', '销售部']);
    expect(screen.getByRole('status').textContent).toBe('已记录(共识)。');
  });

  it('shows what a prefix was understood as, and completes it from the roster', async () => {
    const { box, state } = await setup();
    type(box, '@市');
    const list = screen.getByRole('listbox', { name: '部门' });
    expect(list.textContent).toBe('市场部');
    enter(box); // takes the completion; records nothing
    expect(box.value).toBe('@市场部 ');
    expect(state.meeting.points).toEqual([]);
    type(box, '!决');
    enter(box);
    expect(box.value).toBe('@市场部 !决议 ');
    expect(screen.getByText('将记录为:市场部 · 决议')).toBeTruthy();
  });

  it('sets kind, department and speaker with shortcuts; the kind goes back to 观点', async () => {
    const { box, state } = await setup();
    press(box, '2', { altKey: true });
    press(box, 'd', { altKey: true });
    press(box, 'd', { altKey: true });
    expect((screen.getByLabelText('类型') as HTMLSelectElement).value).toBe('disagreement');
    expect((screen.getByLabelText('部门') as HTMLInputElement).value).toBe('销售部');
    expect(screen.getByText('将记录为:销售部 · 分歧')).toBeTruthy();
    type(box, '预算分配有分歧');
    enter(box);
    type(box, '销售部补充');
    enter(box);
    expect(shape(state.meeting)).toEqual([
      ['t1', '销售部', '', 'disagreement', '预算分配有分歧'],
      ['t1', '销售部', '', 'viewpoint', '销售部补充'],
    ]);
    expect(screen.getByText(/Alt\+1–4/)).toBeTruthy(); // the shortcuts are in view
  });

  it('does not record while an input method is composing', async () => {
    const { box, state } = await setup();
    type(box, 'zhuanhua');
    press(box, 'Enter', { isComposing: true });
    press(box, 'Enter', { keyCode: 229 });
    expect(state.meeting.points).toEqual([]);
  });

  it('edits, re-kinds, reorders and deletes from the keyboard, with undo and redo', async () => {
    const { box, state } = await setup();
    for (const text of ['甲', '乙', '丙']) {
      type(box, `@市场部 ${text}`);
      enter(box);
    }
    row('乙').focus();
    press(row('乙'), 'ArrowDown', { altKey: true });
    expect(state.meeting.points.map((p) => p.text)).toEqual(['甲', '丙', '乙']);
    press(row('丙'), '4'); // 决议: also one of the decisions
    expect(state.meeting.decisions.map((d) => d.text)).toEqual(['丙']);
    press(row('丙'), 'Enter');
    const text = screen.getByLabelText('内容') as HTMLTextAreaElement;
    fireEvent.input(text, { target: { value: '丙(已确认)' } });
    press(text, 'Enter');
    expect(state.meeting.decisions.map((d) => d.text)).toEqual(['丙(已确认)']);
    press(row('甲'), 'Delete');
    expect(state.meeting.points.map((p) => p.text)).toEqual(['丙(已确认)', '乙']);
    const section = box.closest('section')!;
    press(section, 'z', { ctrlKey: true });
    expect(state.meeting.points.map((p) => p.text)).toEqual(['甲', '丙(已确认)', '乙']);
    press(section, 'z', { ctrlKey: true, shiftKey: true });
    expect(state.meeting.points).toHaveLength(2);
    press(section, 'z', { ctrlKey: true });
    press(section, 'z', { ctrlKey: true });
    expect(state.meeting.decisions.map((d) => d.text)).toEqual(['丙']);
    press(section, 'y', { ctrlKey: true });
    expect(state.meeting.decisions.map((d) => d.text)).toEqual(['丙(已确认)']);
    // With text in the input, Ctrl+Z is the input's own undo.
    type(box, '未完');
    press(box, 'z', { ctrlKey: true });
    expect(state.meeting.points).toHaveLength(3);
  });

  it('makes a decision an action item with one key, once', async () => {
    const { box, state, items, changes } = await setup();
    type(box, '@财务部 !决议 同意增加生产线,财务部在本周五前提交成本报告');
    enter(box);
    press(row('同意增加生产线,财务部在本周五前提交成本报告'), 'a');
    await screen.findByText(/^已创建行动项/);
    const { items: stored } = await items.listByMeeting(state.meeting.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      task: '同意增加生产线,财务部在本周五前提交成本报告',
      meetingId: state.meeting.id,
      series: '项目Q3推广',
      ownerDepartment: '财务部',
      sourceTopicId: 't1',
      sourceDecisionId: state.meeting.decisions[0]!.id,
    });
    expect(changes.sent).toContainEqual({
      kind: 'saved',
      store: 'actionItems',
      id: stored[0]!.id,
      rev: 0,
      from: 'view-under-test',
    });
    await screen.findByText('已建行动项');
    press(row('同意增加生产线,财务部在本周五前提交成本报告'), 'a');
    await screen.findByText(/^已有对应的行动项/);
    press(box, 'a', { altKey: true }); // the last point, from the input
    await waitFor(async () =>
      expect((await items.listByMeeting(state.meeting.id)).items).toHaveLength(1),
    );
  });

  it('follows the timer unless another topic is picked', async () => {
    const { box, state, edit } = await setup();
    const picker = screen.getByLabelText('议题') as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: 't3' } });
    const other = screen.getByLabelText('“部门分工与资源协调”的新要点');
    type(other, '按部门分工');
    enter(other);
    expect(state.meeting.points[0]!.topicId).toBe('t3');
    screen.getByRole('button', { name: '跟随计时' }).click();
    await screen.findByLabelText('“Q2推广活动复盘”的新要点');
    edit((m) => ({ ...m, timing: { ...m.timing, currentTopicId: 't2' } }));
    await screen.findByLabelText('“Q3推广目标及策略讨论”的新要点');
    expect(box.isConnected).toBe(true); // the same input: nothing typed is lost on a switch
  });
});
