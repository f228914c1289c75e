/**
 * Adapter: users' own meeting hosts. The settings page asks for exactly that origin
 * (`requestHost`, inside the click); the background keeps a registered content script for the
 * granted ones (`wireCustomHosts`), re-synced at start-up and whenever settings or grants change.
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../custom-hosts';
import type { StorageLike } from './live-store';
import { settingsStore } from './settings';

const SCRIPT_ID = 'custom-meeting-hosts';

/** Must run inside the user's click: browsers only show the prompt for a user gesture. */
export function requestHost(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
}

export function removeHost(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}

export function wireCustomHosts(): void {
  const settings = settingsStore(browser as unknown as StorageLike);
  const sync = async () => {
    const { customHosts } = await settings.read();
    const granted: string[] = [];
    for (const origin of customHosts) {
      const pattern = originPattern(origin);
      if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
    }
    const scripting = browser.scripting;
    if (!scripting?.registerContentScripts) return;
    const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (!granted.length) return;
    await scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, js: ['overlay.js'], runAt: 'document_idle' },
    ]);
  };
  browser.runtime.onStartup.addListener(() => void sync().catch(() => {}));
  browser.runtime.onInstalled.addListener(() => void sync().catch(() => {}));
  browser.permissions.onAdded.addListener(() => void sync().catch(() => {}));
  browser.permissions.onRemoved.addListener(() => void sync().catch(() => {}));
  settings.watch(() => void sync().catch(() => {}));
}
