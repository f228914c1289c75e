import type { Page } from 'playwright-core';
import { ALL_MATCH_PATTERNS } from '../../lib/platforms';
import { matchesPattern } from '../../lib/platforms/match-pattern';
import { DEMO_MATCHES } from '../../lib/timer/demo';
import type { Session } from './harness';

/** Whether the extension's page script (overlay and dock) is injected into `url` at all. */
export const hasPageScript = (url: string) =>
  [...DEMO_MATCHES, ...ALL_MATCH_PATTERNS].some((pattern) => matchesPattern(pattern, url));

/**
 * The event a "no overlay on this page" check waits for: the page's script has asked the
 * background whether this is a meeting page, and has handled the answer (so it has shown the
 * overlay by now, or never will). A fixed sleep cannot tell that on a loaded machine.
 *
 * Run inside the service worker, in order:
 * 1. ask every tab's page script where it is (the `pageAgain` message it answers) until the
 *    one on `page` answers: it asked the background before it could answer, and messages from
 *    one frame arrive in order, so the background has received its question;
 * 2. read `storage.local`, then `storage.session`, twice: the background's answer waits on
 *    its own reads and writes of the two, which were queued before these;
 * 3. ask the page script once more: the answer was sent to it before this message, and a page
 *    handles its messages (and what they resolve) in order.
 */
export async function overlayDecided(session: Session, page: Page): Promise<void> {
  const url = page.url();
  if (!hasPageScript(url)) throw new Error(`no page script runs on ${url}: nothing to wait for`);
  const worker =
    session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  await worker.evaluate(async (href) => {
    interface Api {
      tabs: {
        query(q: object): Promise<{ id?: number }[]>;
        sendMessage(id: number, m: unknown): Promise<unknown>;
      };
      storage: Record<'local' | 'session', { get(k: null): Promise<unknown> }>;
    }
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const whereIs = (id: number) =>
      api.tabs.sendMessage(id, { type: 'pageAgain' }).then(
        (reply) => (reply as { url?: string } | undefined)?.url,
        () => undefined,
      );
    let tab: number | undefined;
    for (let tries = 0; tab === undefined && tries < 300; tries++) {
      for (const { id } of await api.tabs.query({})) {
        if (id !== undefined && (await whereIs(id)) === href) tab = id;
      }
      if (tab === undefined) await new Promise((ok) => setTimeout(ok, 100));
    }
    if (tab === undefined) throw new Error(`the page script on ${href} never answered`);
    for (let round = 0; round < 2; round++) {
      await api.storage.local.get(null);
      await api.storage.session.get(null);
    }
    await whereIs(tab);
  }, url);
}
