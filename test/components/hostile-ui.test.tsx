import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingEditor } from '../../components/meeting/MeetingEditor';
import { MeetingList } from '../../components/meeting/MeetingList';
import { mountOverlay } from '../../entrypoints/overlay/overlay';
import type { StorageLike } from '../../lib/adapters/live-store';
import { ActionItemRepo } from '../../lib/store/action-items';
import { runningLive } from '../helpers/live';
import { freshRepo } from '../helpers/fixtures';
import { renderWithEnv } from '../helpers/render';
import { hostileInput } from '../helpers/ooxml';

/**
 * Hostile field values in the UI: every text field of a meeting and its action plan holds
 * markup (as a restored file or a pasted roster could bring it). Every tab of the panel, the
 * list and the overlay on the meeting page show it as text; nothing it says becomes an element.
 */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">点我</a>',
  '<svg onload="window.__pwned=1"></svg>',
];
const ACTIVE =
  'img, script, iframe, object, embed, svg, [onerror], [onload], a[href^="javascript"]';

/** What a user can read: the text of the page and the values of its fields. */
const readable = (root: ParentNode & Node) =>
  [
    root.textContent ?? '',
    ...[...root.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value),
  ].join('\n');

afterEach(() => {
  document.body.replaceChildren();
  delete (window as { __pwned?: number }).__pwned;
});

describe.each(PAYLOADS)('the UI with %s in every field', (payload) => {
  async function seeded(ui: (id: string) => preact.ComponentChild) {
    const { meeting, items } = hostileInput(payload);
    const { db, repo } = await freshRepo();
    await db.put('meetings', meeting);
    for (const item of items) await db.put('actionItems', { ...item, meetingId: meeting.id });
    return renderWithEnv(ui(meeting.id), {
      locale: 'zh-CN',
      services: { meetings: repo, items: new ActionItemRepo(db) },
    });
  }

  it('every tab of the panel shows it as text', async () => {
    await seeded((id) => <MeetingEditor id={id} onBack={() => {}} />);
    for (const name of ['基本信息', '议程', '签到', '计时', '记录', '行动计划', '审核导出']) {
      fireEvent.click(await screen.findByRole('tab', { name }));
      // Lazy tabs: a loaded machine can take more than waitFor's default 1 s to load one.
      await waitFor(
        () => expect(screen.getByRole('tabpanel').textContent?.length).toBeGreaterThan(20),
        { timeout: 10_000 },
      );
      await new Promise((ok) => setTimeout(ok, 50)); // lazy tabs: let them settle
      expect(document.body.querySelectorAll(ACTIVE), name).toHaveLength(0);
      expect(readable(document.body), name).toContain(payload);
    }
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('the meetings list shows it as text', async () => {
    await seeded(() => <MeetingList onOpen={() => {}} />);
    await waitFor(() => expect(document.body.textContent).toContain(payload));
    expect(document.body.querySelectorAll(ACTIVE)).toHaveLength(0);
  });

  it('the overlay on the meeting page shows it as text', async () => {
    vi.useFakeTimers();
    try {
      const live = runningLive([{ id: 't', title: payload, plannedMinutes: 20 }], {
        title: payload,
      });
      const stop = mountOverlay({
        store: { read: async () => live, write: async () => {}, watch: () => () => {} } as never,
        timer: { run: async () => ({ ok: true }) },
        api: {
          runtime: { id: 'ext' },
          storage: { local: { get: async () => ({}), set: async () => {} } },
        } as unknown as StorageLike,
        site: 'meeting.tencent.com',
        isMeetingPage: async () => true,
        onDock: () => {},
        now: () => live.changedAt + 5_000,
      });
      await vi.advanceTimersByTimeAsync(10);
      const root = document.querySelector('minutes-overlay')!.shadowRoot!;
      expect(root.textContent).toContain(payload);
      expect(root.querySelectorAll(ACTIVE)).toHaveLength(0);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
