/**
 * Adapter: how much the extension stores and whether the browser keeps it when the disk fills up.
 *
 * Nothing here asks for persistence: the manifest's `unlimitedStorage` is how the minutes are
 * kept (Firefox grants it persistent storage at install; Chrome exempts it from eviction), and
 * `navigator.storage.persist()` would make Firefox prompt on every extension page in a tab.
 */
import { browser } from 'wxt/browser';

export async function storageStatus(): Promise<{
  usage: number | null;
  persisted: boolean | null;
}> {
  try {
    const [estimate, persisted, unlimited] = await Promise.all([
      navigator.storage.estimate(),
      navigator.storage.persisted(),
      // Chromium reports `persisted()` false for an extension whose storage it never evicts.
      browser.permissions.contains({ permissions: ['unlimitedStorage'] }).catch(() => false),
    ]);
    return { usage: estimate.usage ?? null, persisted: persisted || unlimited };
  } catch {
    return { usage: null, persisted: null };
  }
}
