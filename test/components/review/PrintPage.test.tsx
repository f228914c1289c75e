import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EnvContext } from '../../../components/ui/context';
import { ReviewContext } from '../../../components/review/context';
import { PrintPage } from '../../../components/review/PrintPage';
import type { StorageLike } from '../../../lib/adapters/live-store';
import { reviewServices } from '../../../lib/adapters/review-services';
import { parsePrintRoute } from '../../../lib/export/printRoute';
import { snapshotVersion } from '../../../lib/review';
import type { Meeting } from '../../../lib/schema';
import { renderWithEnv } from '../../helpers/render';
import { seedItemsFor } from '../../helpers/seed';
import { approvedOf } from '../../helpers/review-setup';
import { testShelves } from '../../helpers/shelves';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';

async function renderPrint(
  hash: string,
  meeting?: Meeting,
  before: (r: ReturnType<typeof reviewServices>) => Promise<void> = async () => {},
) {
  fakeBrowser.reset();
  const api = fakeBrowser as unknown as StorageLike;
  const review = reviewServices(api, testShelves(api));
  await before(review);
  const calls = { print: 0, titles: [] as string[] };
  const view = await renderWithEnv(<div />);
  if (meeting) await view.repo.create(meeting);
  for (const item of seedItemsFor('zh-CN')) await view.items.create(item);
  view.rerender(
    <EnvContext.Provider value={view.env}>
      <ReviewContext.Provider value={review}>
        <PrintPage
          route={parsePrintRoute(hash)}
          print={() => void calls.print++}
          setTitle={(title) => void calls.titles.push(title)}
        />
      </ReviewContext.Provider>
    </EnvContext.Provider>,
  );
  return { ...view, review, calls };
}

describe('print page (PDF)', () => {
  it('lays the minutes out as DOM, like the Word file, with the plan as a table', async () => {
    const { calls, container } = await renderPrint(
      '#meeting=m-2026-q3-promo&locale=zh-CN',
      approvedOf('zh-CN'),
    );
    await screen.findByRole('heading', { level: 1, name: '跨部门协作会议纪要' });
    screen.getByRole('heading', { level: 2, name: '行动计划表' });
    screen.getByRole('heading', { level: 3, name: '议题1:Q2推广活动复盘' });
    const plan = container.querySelector('table.plan')!;
    expect([...plan.querySelectorAll('thead th')].map((th) => th.textContent)).toContain('负责人');
    expect(plan.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(calls.titles).toEqual(['2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02']);
    fireEvent.click(screen.getByRole('button', { name: 'Print / Save as PDF' }));
    expect(calls.print).toBe(1);
  });

  it('keeps hostile text as text', async () => {
    const m = { ...approvedOf('en'), title: HOSTILE, goal: `${HOSTILE}\nsecond line` };
    const { container } = await renderPrint('#meeting=m-2026-q3-promo&locale=en', m);
    await screen.findByText(HOSTILE);
    expect(container.querySelector('script, img')).toBeNull();
    expect(container.querySelector('.print-doc td br')).not.toBeNull();
  });

  it('shows an earlier version as it was approved, marked read-only', async () => {
    const v1 = { ...approvedOf('en'), title: 'As approved in v1' };
    const current = { ...approvedOf('en'), title: 'Being changed in v2', version: 2 };
    const { calls } = await renderPrint(
      '#meeting=m-2026-q3-promo&locale=en&version=1',
      current,
      (review) => review.versions.add(snapshotVersion(v1, [], new Date('2026-03-03T00:00:00Z'))),
    );
    await screen.findByText('As approved in v1');
    expect(screen.queryByText('Being changed in v2')).toBeNull();
    screen.getByText('Earlier version 1, as approved (read-only)');
    expect(calls.titles[0]).toMatch(/-v1$/);
  });

  it.each([
    ['', 'No meeting given: open this page from the panel’s export menu.'],
    ['#meeting=nope&locale=en', 'This meeting no longer exists.'],
    ['#meeting=m-2026-q3-promo&version=7', 'Version 7 of this meeting was not found.'],
  ])('explains a bad address %j', async (hash, message) => {
    await renderPrint(hash, approvedOf('en'));
    await screen.findByText(message);
    expect(
      (screen.getByRole('button', { name: 'Print / Save as PDF' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
