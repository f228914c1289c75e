/**
 * Pages in the Firefox suite: opening the extension's pages (each in a window of its own, or in a
 * background tab on purpose), loading any URL, finding a page by its address, and waiting.
 * `page.goto()` never resolves for `moz-extension://` and `page.url()` stays `about:blank` for
 * extension documents, so pages are loaded with BiDi `browsingContext.navigate` (wait: none) and
 * their `location.href` polled.
 */
import type { Frame, Page } from 'puppeteer-core';
import type { FirefoxSession } from './firefox';

/** Polls `check` until it returns something truthy (or throws after `timeout` ms). */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  { timeout = 30_000, what = 'a condition' } = {},
): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ''}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Where a frame's document is (puppeteer reports `about:blank` for extension documents). */
export const hrefOf = (frame: Frame | Page) => frame.evaluate(() => location.href).catch(() => '');

/** The page (tab) whose address ends in `suffix`, e.g. the welcome page opened at install. */
export function findPage(session: FirefoxSession, suffix: string): Promise<Page> {
  return waitFor(
    async () => {
      for (const p of await session.browser.pages())
        if ((await hrefOf(p)).endsWith(suffix)) return p;
      return null;
    },
    { what: `a page ending in ${suffix}` },
  );
}

/** Opens `path` of the extension (e.g. `sidepanel.html#/meeting/x`) in a window of its own. */
export async function openPage(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage({ type: 'window' });
  await navigate(page, session.base + path);
  return page;
}

/**
 * Opens `path` of the extension in a background tab of the first window, the way a link opened
 * in the background loads: no animation frames and throttled timers, so the page's deferred work
 * runs late. Resolves as soon as the document is there (not when it has finished loading).
 */
export async function openBackgroundTab(session: FirefoxSession, path: string): Promise<Page> {
  const { result } = await session.bidi.send('browsingContext.create', {
    type: 'tab',
    background: true,
  });
  const id = result.context as string;
  const page = await waitFor(async () =>
    (await session.browser.pages()).find(
      (p) =>
        (p.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id === id,
    ),
  );
  const url = session.base + path;
  await session.bidi.send('browsingContext.navigate', { context: id, url, wait: 'none' });
  await waitFor(() => hrefOf(page).then((href) => href.startsWith(url)), { what: url });
  return page;
}

/** Loads `url` in `page` (any URL; extension pages included) and waits for it to have loaded. */
export async function navigate(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: string): Promise<void> };
  };
  await frame.browsingContext.navigate(url, 'none');
  const target = url.split('#')[0]!;
  await waitFor(
    () =>
      page
        .evaluate(() => document.readyState === 'complete' && location.href)
        .then((href) => typeof href === 'string' && href.startsWith(target))
        .catch(() => false),
    { what: `${url} to load` },
  );
}
