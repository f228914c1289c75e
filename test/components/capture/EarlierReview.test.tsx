import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CaptureView } from '../../../components/capture/CaptureView';
import { ACTION_ITEM_SCHEMA_VERSION, ActionItem, createMeeting } from '../../../lib/schema';
import { ActionItemRepo } from '../../../lib/store/action-items';
import { freshRepo, memoryFeed } from '../../helpers/fixtures';
import { renderWithEnv } from '../../helpers/render';
import { host, press, type } from '../../helpers/capture-host';

const NOW = new Date('2026-03-09T06:05:00.000Z');
const item = (id: string, init: Partial<ActionItem>): ActionItem =>
  ActionItem.parse({
    schemaVersion: ACTION_ITEM_SCHEMA_VERSION,
    id,
    rev: 0,
    createdAt: '2026-03-02T07:00:00.000Z',
    updatedAt: '2026-03-02T07:00:00.000Z',
    meetingId: 'first',
    series: '项目Q3推广',
    ...init,
  });

async function setup() {
  const { db, repo } = await freshRepo();
  const items = new ActionItemRepo(db);
  await items.create(
    item('landing', {
      task: '落地页重新设计',
      ownerDepartment: '市场部',
      ownerName: '李四',
      dueDate: '2026-03-06',
    }),
  );
  await items.create(
    item('cost', { task: '提交成本报告', ownerDepartment: '财务部', dueDate: '2026-03-13' }),
  );
  await items.create(item('old', { task: '已完成的事', status: 'done' }));
  await items.create(
    item('other', { task: '年度预算汇总', series: '年度目标', ownerName: '周八' }),
  );
  const meeting = createMeeting(NOW, {
    id: 'next',
    title: '项目Q3推广跟进会',
    series: '项目Q3推广',
    recorder: '李四',
  });
  const h = host(meeting, CaptureView);
  const changes = memoryFeed();
  const view = await renderWithEnv(h.ui, {
    locale: 'zh-CN',
    services: { meetings: repo, items, changes, now: () => NOW },
  });
  await screen.findByText('落地页重新设计');
  return { ...view, ...h, items, changes };
}

const card = (task: string) => screen.getByText(task).closest('li') as HTMLElement;

describe('progress of earlier action items', () => {
  it('lists the open items of the series, soonest due first, open while not gone through', async () => {
    await setup();
    const tasks = [...document.querySelectorAll('.cap-earlier-item .cap-item-task')];
    expect(tasks.map((t) => t.textContent)).toEqual(['落地页重新设计', '提交成本报告']);
    await waitFor(() =>
      expect((document.querySelector('.cap-earlier') as HTMLDetailsElement).open).toBe(true),
    );
    expect(screen.getByText('已过 0/2 项')).toBeTruthy();
  });

  it('records a status update in the item’s history and in these minutes', async () => {
    const { state, items, changes } = await setup();
    const row = within(card('落地页重新设计'));
    row.getByLabelText('进行中').click();
    const note = row.getByLabelText('进展说明');
    type(note, '设计稿已完成,待评审');
    press(note, 'Enter');
    await screen.findByText('已记录:落地页重新设计');
    const stored = (await items.get('landing')) as ActionItem;
    expect(stored.status).toBe('in_progress');
    expect(stored.history).toEqual([
      {
        at: NOW.toISOString(),
        by: '李四',
        meetingId: 'next',
        changes: [{ field: 'status', from: 'not_started', to: 'in_progress' }],
        note: '设计稿已完成,待评审',
      },
    ]);
    expect(state.meeting.earlierReview).toEqual([
      {
        actionItemId: 'landing',
        status: 'in_progress',
        note: '设计稿已完成,待评审',
        delayReason: '',
        revisedDueDate: null,
        at: NOW.toISOString(),
      },
    ]);
    expect(changes.sent).toContainEqual({
      kind: 'saved',
      store: 'actionItems',
      id: 'landing',
      rev: 1,
      from: 'view-under-test',
    });
    await screen.findByText(/^本次会议已记录:进行中 — 设计稿已完成/);
  });

  it('wants the reason and the adjusted date for 延期', async () => {
    const { state, items } = await setup();
    const row = within(card('提交成本报告'));
    row.getByLabelText('延期').click();
    await waitFor(() => row.getByLabelText('延期原因'));
    row.getByRole('button', { name: '记录' }).click();
    await row.findByText('延期需填写原因。');
    expect(row.getByText('延期需填写调整后时间。')).toBeTruthy();
    expect(state.meeting.earlierReview).toEqual([]);
    type(row.getByLabelText('延期原因'), '供应商报价未到');
    fireEvent.input(row.getByLabelText('调整后时间'), { target: { value: '2026-03-20' } });
    row.getByRole('button', { name: '记录' }).click();
    await screen.findByText('已记录:提交成本报告');
    expect((await items.get('cost')) as ActionItem).toMatchObject({
      status: 'delayed',
      delayReason: '供应商报价未到',
      revisedDueDate: '2026-03-20',
    });
    expect(state.meeting.earlierReview[0]).toMatchObject({
      actionItemId: 'cost',
      status: 'delayed',
      delayReason: '供应商报价未到',
      revisedDueDate: '2026-03-20',
    });
  });

  it('adds another open item the user picks', async () => {
    const { state } = await setup();
    type(screen.getByLabelText('添加其他未完成的行动项'), '周八');
    screen.getByRole('button', { name: /添加“年度预算汇总”/ }).click();
    await waitFor(() =>
      expect(state.meeting.earlierReview.map((r) => r.actionItemId)).toEqual(['other']),
    );
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('.cap-earlier-item .cap-item-task')].map(
          (t) => t.textContent,
        ),
      ).toContain('年度预算汇总'),
    );
  });
});
