import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { seedItemsFor } from '../../helpers/seed';
import { approvedOf, draftOf, renderReview } from '../../helpers/review-setup';

const button = (name: string | RegExp) => screen.findByRole('button', { name });

describe('review: draft → in review → approved, reopen as a new version', () => {
  it('walks the states with who and when, and keeps the approved version readable', async () => {
    const items = seedItemsFor('zh-CN');
    const view = await renderReview(draftOf('zh-CN'), { locale: 'zh-CN', items });
    expect((await screen.findByText('草稿')).getAttribute('aria-current')).toBe('step');

    fireEvent.click(await button('提交审核'));
    expect(view.meeting().review.state).toBe('in_review');
    const reviewer = screen.getByLabelText('审核人') as HTMLInputElement;
    expect(reviewer.value).toBe('张三'); // the host reviews, by the method
    fireEvent.input(reviewer, { target: { value: '' } });
    expect((screen.getByRole('button', { name: '审核通过' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.input(reviewer, { target: { value: '王经理' } });
    fireEvent.click(screen.getByRole('button', { name: '审核通过' }));
    expect(view.meeting().review).toEqual({
      state: 'approved',
      reviewer: '王经理',
      at: '2026-03-02T09:00:00.000Z',
    });
    await screen.findByText(/审核人:王经理/);
    screen.getByText('审核通过的纪要为只读。');

    fireEvent.click(await button('重新打开修改…'));
    screen.getByText(/重新打开将生成第2版草稿/);
    fireEvent.click(screen.getByRole('button', { name: '重新打开为第2版' }));
    await waitFor(() => expect(view.meeting().version).toBe(2));
    expect(view.meeting().review.state).toBe('draft');

    const { versions } = await view.review.versions.list(view.meeting().id);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.meeting.review.reviewer).toBe('王经理');
    expect(versions[0]!.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    const earlier = await screen.findByRole('region', { name: '历史版本' });
    within(earlier).getByText('第1版');
  });

  it('does not reopen when the approved version cannot be kept', async () => {
    const view = await renderReview(approvedOf('en'));
    view.review.versions.add = async () => {
      throw new Error('QuotaExceededError');
    };
    fireEvent.click(await button('Reopen for changes…'));
    fireEvent.click(screen.getByRole('button', { name: 'Reopen as version 2' }));
    await screen.findByText(/could not be kept aside.*QuotaExceededError/);
    expect(view.meeting().version).toBe(1);
    expect(view.meeting().review.state).toBe('approved');
  });

  it('shows the deadlines: draft done, sending due within the hour, then marked as sent', async () => {
    // Ends 08:00Z, approved 08:50Z: send by 09:50Z.
    const view = await renderReview(approvedOf('en'), {
      now: new Date('2026-03-02T09:20:00.000Z'),
    });
    const box = await screen.findByRole('region', { name: 'Deadlines' });
    const rows = within(box).getAllByRole('listitem');
    expect(rows[0]!.textContent).toContain('Done');
    expect(rows[1]!.textContent).toMatch(/Due.*\(30 min left\)/);
    fireEvent.click(within(box).getByRole('button', { name: 'Mark as sent to attendees' }));
    await waitFor(() =>
      expect(within(box).getAllByRole('listitem')[1]!.textContent).toMatch(/Sent/),
    );
    expect(await view.review.versions.distributions(view.meeting().id)).toHaveLength(1);
  });

  it('flags a late draft', async () => {
    await renderReview(draftOf('en'), { now: new Date('2026-03-02T13:30:00.000Z') });
    const box = await screen.findByRole('region', { name: 'Deadlines' });
    expect(within(box).getAllByRole('listitem')[0]!.textContent).toMatch(/Late.*3 h 30 min ago/);
  });
});
