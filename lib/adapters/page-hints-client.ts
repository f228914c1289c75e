/** Adapter (panel): asks the background which meeting page this panel is beside. */
import { browser } from 'wxt/browser';
import type { PageHints } from '../page-info';

export async function pageHints(): Promise<PageHints | null> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'hintsForTab' })) as PageHints | null;
    return reply && typeof reply.platform === 'string' ? reply : null;
  } catch {
    return null;
  }
}
