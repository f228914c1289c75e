import { SEED_SERIES, SEED_TITLE } from './seed-typing';
import { screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Services } from '../../components/ui/context';
import { TrackerApp } from '../../components/tracker/TrackerApp';
import { TrackerContext } from '../../components/tracker/context';
import { planVersionStore } from '../../lib/adapters/plan-versions';
import { trackerPrefs } from '../../lib/adapters/tracker-prefs';
import type { Locale } from '../../lib/i18n';
import { createMeeting, type ActionItem, type Meeting } from '../../lib/schema';
import { ActionItemRepo } from '../../lib/store/action-items';
import { freshRepo, memoryFeed } from './fixtures';
import { renderWithEnv } from './render';
import { makeItem } from './items';
import { testShelves } from './shelves';

/** Thursday 5 March 2026. */
export const NOW = new Date('2026-03-05T02:00:00Z');

export const M1 = createMeeting(new Date('2026-03-02T06:00:00Z'), {
  id: 'm1',
  title: SEED_TITLE,
  startAt: '2026-03-02T06:00:00.000Z',
  series: SEED_SERIES,
} as Partial<Meeting>);
export const M2 = createMeeting(new Date('2026-03-03T06:00:00Z'), {
  id: 'm2',
  title: '客户投诉联合评审会',
  startAt: '2026-03-03T06:00:00.000Z',
  series: '客诉改进',
} as Partial<Meeting>);

/** Items of two meetings, spread over the due buckets seen from NOW. */
export const ITEMS = [
  makeItem({
    id: 'i1',
    meetingId: 'm1',
    task: '提交增加生产线的成本报告',
    ownerName: '王五',
    ownerDepartment: '财务部',
    dueDate: '2026-03-06',
    ownerConfirmed: true,
  }),
  makeItem({
    id: 'i2',
    meetingId: 'm1',
    task: '优化落地页引导',
    ownerName: '张三',
    ownerDepartment: '市场部',
    dueDate: '2026-03-03',
    ownerConfirmed: true,
  }),
  makeItem({
    id: 'i3',
    meetingId: 'm2',
    series: '客诉改进',
    task: '回复客户投诉并致歉',
    ownerName: '李雷',
    ownerDepartment: '销售部',
    dueDate: '2026-03-10',
    ownerConfirmed: false,
  }),
  makeItem({
    id: 'i4',
    meetingId: 'm2',
    series: '',
    task: '修订质检流程',
    ownerName: '韩梅梅',
    ownerDepartment: '产品部',
    dueDate: '2026-03-20',
    status: 'in_progress',
    ownerConfirmed: true,
  }),
  makeItem({
    id: 'i5',
    meetingId: 'm1',
    task: '整理客户反馈清单',
    ownerName: '钱七',
    ownerDepartment: '销售部',
    dueDate: '2026-03-04',
    status: 'done',
    ownerConfirmed: true,
  }),
];

export async function renderTracker(
  options: {
    hash?: string;
    items?: ActionItem[];
    locale?: Locale;
    services?: Partial<Services>;
    /** Wraps the item store, e.g. to hand out records the schema would refuse. */
    wrapItems?: (items: ActionItemRepo) => Services['items'];
  } = {},
) {
  fakeBrowser.reset();
  location.hash = options.hash ?? '';
  const { db, repo } = await freshRepo(() => NOW);
  const repoItems = new ActionItemRepo(db, () => NOW);
  const items = options.wrapItems?.(repoItems) ?? repoItems;
  await repo.create(M1);
  await repo.create(M2);
  const tx = db.transaction('actionItems', 'readwrite');
  for (const item of options.items ?? ITEMS) void tx.store.put(item);
  await tx.done;
  const tracker = {
    prefs: trackerPrefs(fakeBrowser),
    versions: planVersionStore(testShelves(fakeBrowser, db)),
  };
  const changes = memoryFeed();
  const view = await renderWithEnv(
    <TrackerContext.Provider value={tracker}>
      <TrackerApp />
    </TrackerContext.Provider>,
    {
      locale: options.locale ?? 'zh-CN',
      services: { meetings: repo, items, now: () => NOW, changes, ...options.services },
    },
  );
  await screen.findByRole('heading', { name: '行动项跟踪' });
  return { ...view, changes, tracker, db };
}

/** The tasks shown in the tracker's table, in order. */
export const shownTasks = () =>
  [...document.querySelectorAll('tbody [data-col="task"]')].map((b) => b.textContent);
