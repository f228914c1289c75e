import { useState } from 'preact/hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Services } from '../../components/ui/context';
import { ReviewContext } from '../../components/review/context';
import { ReviewView } from '../../components/review/ReviewView';
import type { StorageLike } from '../../lib/adapters/live-store';
import { reviewServices } from '../../lib/adapters/review-services';
import type { Locale } from '../../lib/i18n';
import type { ActionItem, Meeting } from '../../lib/schema';
import { fakeSync } from './fake-sync';
import { renderWithEnv } from './render';
import { seedMeetingFor } from './seed';
import { testShelves } from './shelves';

/** What the fake services recorded: files saved, rich text copied, pages opened. */
export interface Recorded {
  downloads: { name: string; data: Blob }[];
  copies: { html: string; text: string }[];
  pages: string[];
}

/** The review tab with its meeting held in state as MeetingEditor holds it (edit = update). */
export async function renderReview(
  meeting: Meeting,
  options: { locale?: Locale; items?: ActionItem[]; now?: Date; services?: Partial<Services> } = {},
) {
  fakeBrowser.reset();
  const recorded: Recorded = { downloads: [], copies: [], pages: [] };
  const api = fakeBrowser as unknown as StorageLike;
  const review = reviewServices(api, testShelves(api), undefined, fakeSync().services);
  let current = meeting;
  function Host() {
    const [m, setM] = useState(meeting);
    current = m;
    return <ReviewView meeting={m} edit={(update) => setM((x) => update(x))} />;
  }
  const view = await renderWithEnv(
    <ReviewContext.Provider value={review}>
      <Host />
    </ReviewContext.Provider>,
    {
      locale: options.locale ?? 'en',
      services: {
        now: () => options.now ?? new Date('2026-03-02T09:00:00.000Z'),
        download: (data, name) => void recorded.downloads.push({ data, name }),
        copyRich: async (html, text) => void recorded.copies.push({ html, text }),
        openPage: (path) => void recorded.pages.push(path),
        ...options.services,
      },
    },
  );
  await view.repo.create(meeting);
  for (const item of options.items ?? []) await view.items.create(item);
  return { ...view, recorded, review, meeting: () => current };
}

/** The seed meeting (docs/DOMAIN.md) as a fresh draft. */
export const draftOf = (lang: 'zh-CN' | 'en'): Meeting => ({
  ...seedMeetingFor(lang),
  review: { state: 'draft', reviewer: '', at: null },
});

/** The seed meeting, approved by its host at 08:50Z. */
export const approvedOf = (lang: 'zh-CN' | 'en'): Meeting => ({
  ...seedMeetingFor(lang),
  review: {
    state: 'approved',
    reviewer: lang === 'en' ? 'Zhang San' : '张三',
    at: '2026-03-02T08:50:00.000Z',
  },
});
