import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../lib/schema';
import { renderTracker } from '../../helpers/tracker-setup';

describe('plan versions (re-planning after a major change)', () => {
  it('archives the plan as it stands; the old version stays readable and shows what changed since', async () => {
    const { items, changes, tracker } = await renderTracker({ hash: '#versions=m1' });
    expect(
      await screen.findByRole('heading', { name: '计划版本:项目Q3推广跨部门协作会' }),
    ).toBeTruthy();
    expect(await screen.findByText('还没有归档的版本。')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('新版本的原因'), {
      target: { value: 'Q3目标调整,重新分工' },
    });
    fireEvent.click(await screen.findByRole('button', { name: '将当前计划归档为版本 1(共 3 项)' }));
    await screen.findByRole('button', { name: '查看版本 1' });
    expect(screen.getByText(/Q3目标调整,重新分工/)).toBeTruthy();
    expect((await tracker.versions.list('m1')).versions).toHaveLength(1);

    // The re-plan: one task moves to another owner; the archived version does not move.
    const item = (await items.get('i1')) as ActionItem;
    const { saved } = await items.save(item, { ...item, ownerName: '赵六', dueDate: '2026-03-13' });
    changes.publish({
      kind: 'saved',
      store: 'actionItems',
      id: 'i1',
      rev: saved.rev,
      from: 'panel',
    });
    await screen.findByRole('button', { name: '将当前计划归档为版本 2(共 3 项)' });

    fireEvent.click(screen.getByRole('button', { name: '查看版本 1' }));
    const table = screen.getByRole('table', { name: '版本 1' });
    const row = within(table).getByText('提交增加生产线的成本报告').closest('tr')!;
    expect(within(row).getByText('王五')).toBeTruthy(); // as it was
    expect(await screen.findByText('修改:提交增加生产线的成本报告')).toBeTruthy();
    expect(screen.getByText('负责人: 王五 → 赵六')).toBeTruthy();
    expect(screen.getByText('计划完成时间: 2026-03-06 → 2026-03-13')).toBeTruthy();
    expect(screen.getByRole('button', { name: '收起版本 1' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});
