import { expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { Session } from './harness';

/**
 * The browser's own side panel. Playwright does not list it among the context's pages, so it is
 * driven through the DevTools protocol: attached as a target, with `Runtime.evaluate` for
 * reading its text and pressing its buttons.
 */
export interface SidePanel {
  evaluate<T>(expression: string): Promise<T>;
  /** The panel's visible text. */
  text(): Promise<string>;
  /** Waits until the visible text matches (or, with `present: false`, stops matching). */
  waitForText(pattern: RegExp | string, present?: boolean): Promise<void>;
  /** Clicks the button whose text is `name`. */
  click(name: string): Promise<void>;
}

/** How long to wait for the browser on a loaded machine (a wait ends as soon as it is met). */
export const WAIT = { timeout: 15_000 };

/** The few extension APIs these helpers call inside extension pages. */
interface ChromeApi {
  tabs: {
    create(o: { url: string; active: boolean }): Promise<{ id?: number }>;
    update(id: number, o: { active: boolean }): Promise<unknown>;
  };
  windows: { getCurrent(): Promise<{ id?: number }> };
  sidePanel: { open(o: { windowId: number }): Promise<void> };
}
// Inside `evaluate` callbacks, which run in the page: nothing from this module is there.
type WithChrome = { chrome: ChromeApi };

interface Target {
  targetId: string;
  url: string;
}

/**
 * A tab opened by the extension in the window of `from` (so it is that window's active tab), then
 * navigated to `url` by Playwright, whose routing serves it (the tab's first load would not be).
 */
export async function newTab(from: Page, url: string): Promise<{ page: Page; id: number }> {
  const context = from.context();
  // A blank page with a mark of its own, so the new tab is told apart by its address from any
  // other page that opens meanwhile.
  const mark = `about:blank#tab-${Math.random().toString(36).slice(2)}`;
  const id = await from.evaluate(
    async (href) =>
      (await (globalThis as unknown as WithChrome).chrome.tabs.create({ url: href, active: true }))
        .id!,
    mark,
  );
  let page: Page | undefined;
  await expect
    .poll(() => (page = context.pages().find((p) => p.url() === mark)), WAIT)
    .toBeTruthy();
  await page!.goto(url);
  return { page: page!, id };
}

/** Makes tab `id` the active tab of its window, as a click on its tab strip would. */
export async function activateTab(from: Page, id: number): Promise<void> {
  await from.evaluate(async (tabId) => {
    await (globalThis as unknown as WithChrome).chrome.tabs.update(tabId, { active: true });
  }, id);
}

/** Opens the side panel of the window of `from` (an extension page: the call needs a click). */
export async function openSidePanel(session: Session, from: Page): Promise<SidePanel> {
  await from.evaluate(() => {
    document.body.addEventListener(
      'click',
      () =>
        void (async () => {
          const { chrome } = globalThis as unknown as WithChrome;
          const w = await chrome.windows.getCurrent();
          await chrome.sidePanel.open({ windowId: w.id! });
        })(),
      { once: true },
    );
  });
  await from.locator('body').click({ position: { x: 2, y: 2 } });
  const cdp = await session.context.newCDPSession(from);
  let target: Target | undefined;
  await expect
    .poll(async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Target[] };
      target = targetInfos.find((t) => t.url.endsWith('/sidepanel.html'));
      return !!target;
    }, WAIT)
    .toBe(true);
  return attach(cdp, target!.targetId);
}

async function attach(cdp: CDPSession, targetId: string): Promise<SidePanel> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  let next = 0;
  const evaluate = <T>(expression: string) =>
    new Promise<T>((resolve, reject) => {
      const id = ++next;
      const onMessage = (event: { sessionId?: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const reply = JSON.parse(event.message) as {
          id?: number;
          result?: { result?: { value?: T }; exceptionDetails?: { text: string } };
        };
        if (reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        const failed = reply.result?.exceptionDetails;
        if (failed) reject(new Error(`side panel: ${failed.text}`));
        else resolve(reply.result?.result?.value as T);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      const params = { expression, awaitPromise: true, returnByValue: true };
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
      });
    });
  const text = () => evaluate<string>('document.body.innerText');
  const matches = (t: string, pattern: RegExp | string) =>
    typeof pattern === 'string' ? t.includes(pattern) : pattern.test(t);
  return {
    evaluate,
    text,
    async waitForText(pattern, present = true) {
      await expect.poll(async () => matches(await text(), pattern), WAIT).toBe(present);
    },
    async click(name) {
      const clicked = await evaluate<boolean>(
        `(() => { const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === ${JSON.stringify(name)}); b?.click(); return !!b; })()`,
      );
      expect(clicked, `a button “${name}” in the side panel`).toBe(true);
    },
  };
}
