import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CaptureView } from '../../../components/capture/CaptureView';
import { ACTION_ITEM_SCHEMA_VERSION, ActionItem, type Meeting } from '../../../lib/schema';
import { ActionItemRepo } from '../../../lib/store/action-items';
import { freshRepo } from '../../helpers/fixtures';
import { renderWithEnv } from '../../helpers/render';
import { host, seedWithAgenda, type } from '../../helpers/capture-host';

const NOW = new Date('2026-03-02T07:45:00.000Z');

async function setup(patch: Partial<Meeting> = {}) {
  const { db, repo } = await freshRepo();
  const items = new ActionItemRepo(db);
  const meeting: Meeting = {
    ...seedWithAgenda(),
    decisions: [{ id: 'd1', topicId: 't1', pointId: null, text: '落地页由市场部重新设计' }],
    ...patch,
  };
  await items.create(
    ActionItem.parse({
      schemaVersion: ACTION_ITEM_SCHEMA_VERSION,
      id: 'i1',
      rev: 0,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      meetingId: meeting.id,
      task: '重新设计落地页',
      ownerName: '李四',
      ownerDepartment: '市场部',
      dueDate: '2026-03-13',
    }),
  );
  const h = host(meeting, CaptureView);
  const view = await renderWithEnv(h.ui, {
    locale: 'zh-CN',
    services: { meetings: repo, items, now: () => NOW },
  });
  await screen.findByText(/市场部 李四 确认接受:重新设计落地页/);
  return { ...view, ...h, items };
}

describe('close-out', () => {
  it('drafts the summary from decisions and action items; it stays editable', async () => {
    const { state } = await setup();
    screen.getByRole('button', { name: '根据决议和行动项起草' }).click();
    await waitFor(() =>
      expect(state.meeting.summary).toBe(
        '决议事项:\n1. 落地页由市场部重新设计\n行动计划:\n1. 市场部 李四:重新设计落地页(截止 2026-03-13)(待负责人确认)',
      ),
    );
    type(screen.getByLabelText('会议总结'), '\n下周五跟踪。');
    expect(state.meeting.summary.endsWith('下周五跟踪。')).toBe(true);
    screen.getByRole('button', { name: '根据决议和行动项起草' }).click();
    (await screen.findByRole('button', { name: '恢复原来的文字' })).click();
    await waitFor(() => expect(state.meeting.summary.endsWith('下周五跟踪。')).toBe(true));
  });

  it('ticks an owner’s confirmation into the item, with its history', async () => {
    const { items } = await setup();
    const box = screen.getByRole('checkbox', { name: /市场部 李四 确认接受/ });
    box.click();
    await waitFor(async () =>
      expect(((await items.get('i1')) as ActionItem).ownerConfirmed).toBe(true),
    );
    const stored = (await items.get('i1')) as ActionItem;
    expect(stored.history.at(-1)).toMatchObject({
      by: '李四',
      changes: [{ field: 'ownerConfirmed', from: false, to: true }],
    });
    await screen.findByText('负责人确认(1/1)');
  });

  it('says the sending deadline counts from the approval once that is the earlier one', async () => {
    await setup({
      timing: { ...seedWithAgenda().timing, endedAt: '2026-03-02T07:40:00.000Z' },
      review: { state: 'approved', reviewer: '张三', at: '2026-03-02T09:30:00.000Z' },
    });
    const due = document.querySelector('.cap-due')!.textContent!;
    // 10:30 UTC, one hour after the approval, not 24 hours after the meeting.
    expect(due).toContain('前发出纪要(审核通过后1小时内)');
    expect(due).not.toContain('会后24小时内');
  });

  it('says when the minutes are due and keeps the next meeting', async () => {
    const { state } = await setup({
      timing: { ...seedWithAgenda().timing, endedAt: '2026-03-02T07:40:00.000Z' },
    });
    const due = document.querySelector('.cap-due')!.textContent!;
    expect(due).toContain('前整理完纪要(会后2小时内)');
    expect(due).toContain('前发出纪要(会后24小时内)');
    expect(due).toContain('自会议结束时间');
    expect(due).not.toContain('审核通过后');
    fireEvent.input(screen.getByLabelText('时间'), { target: { value: '2026-03-09T14:00' } });
    type(screen.getByLabelText('目的'), '跟踪行动计划进展');
    expect(state.meeting.nextMeeting).toEqual({
      at: new Date('2026-03-09T14:00').toISOString(),
      purpose: '跟踪行动计划进展',
    });
  });
});
