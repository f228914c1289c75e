/** Adapter (panel): asks the background which meeting page this panel is beside, and when to ask again. */
import { browser } from 'wxt/browser';
import { PAGE_KEY_PREFIX, type PageHints } from '../page-info';

export async function pageHints(): Promise<PageHints | null> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'hintsForTab' })) as PageHints | null;
    return reply && typeof reply.platform === 'string' ? reply : null;
  } catch {
    return null;
  }
}

/**
 * Calls `listener` whenever the answer of `pageHints` may have changed: another tab became the
 * active one, or the background learnt or forgot a tab's meeting page (a tab went to a meeting,
 * left it, or closed). The side panel stays open across all of these, so it must ask again.
 */
export function onPageChange(listener: () => void): () => void {
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && Object.keys(changes).some((k) => k.startsWith(PAGE_KEY_PREFIX))) {
      listener();
    }
  };
  const onActivated = () => listener();
  browser.storage.onChanged.addListener(onStorage);
  browser.tabs?.onActivated.addListener(onActivated);
  return () => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.tabs?.onActivated.removeListener(onActivated);
  };
}
