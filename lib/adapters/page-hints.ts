/**
 * Adapter (background): answers meeting pages ("is this a meeting?") and keeps what they said per
 * tab in `storage.session` (cleared when the browser closes), so the panel beside a meeting can
 * offer to continue its minutes or start them pre-filled. Also routes the dock shortcut.
 */
import { browser } from 'wxt/browser';
import {
  demoHints,
  isHintsRequest,
  isPageMessage,
  PAGE_AGAIN,
  PAGE_KEY_PREFIX,
  type PageHints,
  type PageMessage,
} from '../page-info';
import { isCustomHost } from '../custom-hosts';
import { detectPlatform } from '../platforms';
import { mayAsk } from '../sender';
import type { StorageLike } from './live-store';
import { settingsStore } from './settings';

const key = (tabId: number) => `${PAGE_KEY_PREFIX}${tabId}`;

/**
 * The latest event about each tab wins. A navigation's recheck asks the tab's page script and may
 * hear nothing because the new page's script has not started yet (Chrome runs it at document_idle,
 * possibly after the tab reports "complete"); when that script then says where it is, its answer
 * may be written first and the recheck's "nothing there" after it, erasing a meeting page the tab
 * is on (seen in CI, test/e2e/page-card.e2e.ts). So each event takes a turn when it arrives and
 * writes only if no later event about the tab has come in meanwhile.
 */
const turns = new Map<number, number>();
const takeTurn = (tabId: number) => {
  const turn = (turns.get(tabId) ?? 0) + 1;
  turns.set(tabId, turn);
  return () => turns.get(tabId) === turn;
};

function hintsFor(
  url: string,
  title: string,
  now: number,
  customHosts: string[],
): PageHints | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const demo = demoHints(parsed, title, now);
  if (demo) return demo;
  if (isCustomHost(parsed, customHosts)) {
    const link = parsed.origin + parsed.pathname;
    return { platform: 'other', meetingCode: '', title: title.slice(0, 200), link, seenAt: now };
  }
  const adapter = detectPlatform(parsed);
  return adapter
    ? { platform: adapter.id, ...adapter.extract({ url: parsed, title }), seenAt: now }
    : null;
}

async function rememberPage(message: PageMessage, tabId: number | undefined) {
  const latest = tabId === undefined ? () => false : takeTurn(tabId);
  const { customHosts, overlayOff } = await settingsStore(browser as unknown as StorageLike).read();
  const hints = hintsFor(message.url, message.title, Date.now(), customHosts);
  const session = browser.storage.session;
  if (tabId !== undefined && session && latest()) {
    await (hints ? session.set({ [key(tabId)]: hints }) : session.remove(key(tabId)));
  }
  return { meeting: hints !== null, overlay: !!hints && !overlayOff.includes(hints.platform) };
}

/**
 * After a tab navigated: its page details stay only if a meeting page script there still answers
 * (a single-page app that changed its address in place answers with the new one, judged like a
 * first visit). A tab that went to the company's OA page, or to a page of the meeting site
 * without the script (`/download`), answers nothing and is forgotten; a new meeting page loaded
 * in the tab says so itself when its script starts.
 */
async function recheckTab(tabId: number) {
  const latest = takeTurn(tabId);
  const reply: unknown = await browser.tabs.sendMessage(tabId, PAGE_AGAIN).catch(() => null);
  if (!latest()) return;
  if (isPageMessage(reply)) await rememberPage(reply, tabId);
  else await browser.storage.session?.remove(key(tabId));
}

/** The docked panel is a frame in the meeting's tab; the side panel has no tab: the active one. */
async function hintsForTab(senderTab: number | undefined): Promise<PageHints | null> {
  const session = browser.storage.session;
  const tabId =
    senderTab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || !session) return null;
  return ((await session.get(key(tabId)))[key(tabId)] as PageHints | undefined) ?? null;
}

export function wirePageHints(): void {
  const session = browser.storage.session;
  // Not an async listener: for messages that are not ours it must return undefined at once,
  // or it would answer (with nothing) calls meant for another listener.
  // Each from the sender that needs it only (lib/sender.ts): a page's content script says where
  // it is; only extension pages read what pages said.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const id = browser.runtime.id;
    if (isPageMessage(message)) {
      return mayAsk('page', sender, id)
        ? rememberPage(message, sender.tab?.id)
        : Promise.resolve({ meeting: false, overlay: false });
    }
    if (isHintsRequest(message)) {
      return mayAsk('hints', sender, id) ? hintsForTab(sender.tab?.id) : Promise.resolve(null);
    }
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    turns.delete(tabId);
    void session?.remove(key(tabId));
  });
  // Chrome reports a navigation as "loading" (single-page apps' too), Firefox a single-page one
  // as "complete" only: either may have taken the tab off its meeting.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== undefined) void recheckTab(tabId);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-dock') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined)
      await browser.tabs.sendMessage(id, { type: 'toggleDock' }).catch(() => {});
  });
}
