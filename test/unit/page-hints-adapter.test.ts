import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wirePageHints } from '../../lib/adapters/page-hints';
import { PAGE_KEY_PREFIX, pageMessage } from '../../lib/page-info';

/**
 * The background's record of which meeting page each tab is on, which the side panel's "this
 * meeting page" card reads. Events about a tab arrive out of order: a navigation's recheck may
 * hear nothing from a page whose script has not started yet, and learn so only after that script
 * has said where it is.
 */
const TAB = 7;
const KEY = `${PAGE_KEY_PREFIX}${TAB}`;
const WEB_CLIENT = 'https://meeting.tencent.com/dw/?meeting_code=375539623';
const fromPage = {
  id: fakeBrowser.runtime.id,
  url: WEB_CLIENT,
  tab: { id: TAB },
  frameId: 0,
} as unknown as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
/** Lets a recheck whose message was just answered run to its end (the fake storage is in memory). */
const settled = () => new Promise((r) => setTimeout(r, 10));
const stored = async () => (await fakeBrowser.storage.session.get(KEY))[KEY];

/** `tabs.sendMessage` answered by the test, one call at a time, in the order it chooses. */
function pageScript() {
  const pending: { answer: (reply: unknown) => void; fail: () => void }[] = [];
  const tabs = fakeBrowser.tabs as unknown as { sendMessage: unknown };
  tabs.sendMessage = vi.fn(
    () =>
      new Promise((resolve, reject) => {
        pending.push({ answer: resolve, fail: () => reject(new Error('no receiving end')) });
      }),
  );
  return pending;
}

describe('page hints (background)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no `commands` (the dock's keyboard shortcut, not tested here).
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: () => {} } } });
    wirePageHints();
  });

  it('a recheck that hears nothing does not erase what the new page said meanwhile', async () => {
    const calls = pageScript();
    // The tab finished loading before its page script started: the recheck goes unanswered…
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'complete' }, {} as never);
    expect(calls).toHaveLength(1);
    // …the script then starts and says where it is…
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      pageMessage(WEB_CLIENT, '腾讯会议网页版'),
      fromPage,
      () => {},
    );
    expect(reply).toEqual({ meeting: true, overlay: true });
    expect(await stored()).toMatchObject({ platform: 'tencent', meetingCode: '375539623' });
    // …and only then does the recheck learn there was no one to answer it.
    calls[0]!.fail();
    await settled();
    expect(await stored()).toMatchObject({ platform: 'tencent', meetingCode: '375539623' });
  });

  it('a tab that left the meeting is forgotten', async () => {
    const calls = pageScript();
    await fakeBrowser.runtime.onMessage.trigger(pageMessage(WEB_CLIENT, ''), fromPage, () => {});
    expect(await stored()).toBeTruthy();
    // It went to the company's OA: no meeting page script answers there.
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, {} as never);
    calls[0]!.fail();
    await vi.waitFor(async () => expect(await stored()).toBeUndefined());
  });

  it('of two rechecks, the later one decides, whichever is answered first', async () => {
    const calls = pageScript();
    await fakeBrowser.runtime.onMessage.trigger(pageMessage(WEB_CLIENT, ''), fromPage, () => {});
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, {} as never);
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'complete' }, {} as never);
    // The later one hears the page (a single-page app that moved to another meeting)…
    calls[1]!.answer(pageMessage('https://meeting.tencent.com/dw/?meeting_code=111222333', ''));
    await vi.waitFor(async () =>
      expect(await stored()).toMatchObject({ meetingCode: '111222333' }),
    );
    // …the earlier one's silence comes late and changes nothing.
    calls[0]!.fail();
    await settled();
    expect(await stored()).toMatchObject({ meetingCode: '111222333' });
  });
});
