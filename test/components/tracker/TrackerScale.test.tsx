import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../../lib/schema';
import { makeItem } from '../../helpers/items';
import { renderTracker, shownTasks } from '../../helpers/tracker-setup';

const DEPTS = ['市场部', '销售部', '产品部', '财务部', '客服部', '研发部'];
const day = (n: number) => new Date(Date.UTC(2026, 1, 1 + (n % 90))).toISOString().slice(0, 10);

/** 5,000 items over 200 meetings: the size the tracker must stay responsive at. */
const many = Array.from({ length: 5000 }, (_, i) =>
  makeItem({
    id: `n${String(i).padStart(4, '0')}`,
    meetingId: i % 2 ? 'm1' : 'm2',
    task: `行动任务 ${i} ${i % 7 === 0 ? '客户投诉' : '推广'}`,
    ownerName: `负责人${i % 40}`,
    ownerDepartment: DEPTS[i % DEPTS.length]!,
    dueDate: day(i),
    status: STATUSES[i % 4]!,
    ownerConfirmed: i % 3 !== 0,
  }),
);

describe('the tracker with 5,000 items', () => {
  it('renders one page, and filters and pages without re-rendering thousands of rows', async () => {
    const t0 = performance.now();
    await renderTracker({ items: many });
    await screen.findAllByRole('button', { name: /^打开:/ });
    const loaded = performance.now() - t0;
    expect(document.querySelectorAll('tbody tr')).toHaveLength(50);
    expect(screen.getAllByText('第 1–50 项,共 3,750 项')).toHaveLength(2); // unfinished: 3 of 4

    const t1 = performance.now();
    // Focusing the field reads the rows words are matched in ahead of the first word
    // (ActionItemRepo.prepareWords); what the words find is the same.
    fireEvent.focus(screen.getByLabelText('搜索'));
    fireEvent.input(screen.getByLabelText('搜索'), { target: { value: '客户投诉' } });
    // Pages arrive from IndexedDB: waited for, with room for a loaded machine.
    const loaded2 = { timeout: 15_000 };
    const found = many.filter((x) => x.status !== 'done' && x.task.includes('客户投诉')).length;
    await waitFor(
      () => expect(screen.getAllByText(`第 1–50 项,共 ${found} 项`)).toHaveLength(2),
      loaded2,
    );
    expect(shownTasks().every((x) => x?.includes('客户投诉'))).toBe(true);
    const search = performance.now() - t1;

    const t2 = performance.now();
    fireEvent.change(screen.getByLabelText('负责部门'), { target: { value: '销售部' } });
    const sales = many.filter(
      (x) => x.ownerDepartment === '销售部' && x.status !== 'done' && x.task.includes('客户投诉'),
    ).length;
    await waitFor(
      () => expect(screen.getAllByText(`第 1–50 项,共 ${sales} 项`)).toHaveLength(2),
      loaded2,
    );
    const filter = performance.now() - t2;

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    const t3 = performance.now();
    fireEvent.click(screen.getAllByRole('button', { name: '下一页 →' })[0]!);
    await waitFor(
      () => expect(screen.getAllByText('第 51–100 项,共 3,750 项')).toHaveLength(2),
      loaded2,
    );
    const page = performance.now() - t3;
    expect(document.querySelectorAll('tbody tr')).toHaveLength(50);

    console.info(
      `[tracker 5,000 items, happy-dom] first page ${loaded.toFixed(0)} ms (incl. fake-IndexedDB read),` +
        ` search ${search.toFixed(0)} ms, filter ${filter.toFixed(0)} ms, next page ${page.toFixed(0)} ms`,
    );
    // Times are printed, not asserted (tests assert behaviour); Chromium's are in `npm run bench`.
  }, 60_000);
});
