/**
 * Adapter: opening the panel from the toolbar button (and so from its keyboard shortcut).
 * Chrome: the side panel opens on action click. Firefox: the sidebar opens on action click
 * (its own `_execute_sidebar_action` shortcut is declared in the manifest).
 */
import { browser } from 'wxt/browser';
import type { StorageLike } from './live-store';
import { guarded, storageItem } from './storage-item';

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  open?(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

export function enablePanelOnActionClick(): void {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebar };
  if (api.sidePanel) {
    void api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  } else if (api.sidebarAction) {
    const sidebar = api.sidebarAction;
    (browser.action ?? browser.browserAction).onClicked.addListener(() => void sidebar.open());
  }
}

/**
 * A function that opens the panel in this page's window, for a button's click handler; null where
 * the browser cannot open it from a page. Resolved ahead of the click because both browsers only
 * open the panel in response to a user action: an await between the click and the call (e.g.
 * looking up the window) would lose it.
 */
export async function panelOpener(
  api: { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebar } = browser as never,
  currentWindow: () => Promise<{ id?: number }> = () => browser.windows.getCurrent(),
): Promise<(() => Promise<void>) | null> {
  const { sidePanel, sidebarAction } = api;
  if (sidebarAction) return () => sidebarAction.open();
  if (!sidePanel?.open) return null;
  const { id } = await currentWindow();
  return id === undefined ? null : () => sidePanel.open!({ windowId: id });
}

export const WELCOMED_KEY = 'welcomedAt';

const isText = (raw: unknown): raw is string => typeof raw === 'string';

/** The install mark: when the welcome page was shown. The one key delete-everything keeps. */
export const welcomedMark = (api: Pick<StorageLike, 'storage'>) =>
  storageItem<string>(api, WELCOMED_KEY, guarded(isText), () => '');

type WelcomeApi = Pick<typeof browser, 'runtime' | 'tabs' | 'storage'>;

/**
 * Opens the welcome page once, when the extension is first installed. Once, not on every
 * `install` event: Chromium writes its own preferences lazily, so after a crash (measured here:
 * 2 of 20 SIGKILLs) it reports the install again, and the user would get the welcome tab again.
 * The mark lives in `storage.local`, which survives the crash and goes with an uninstall.
 */
export function welcomeOnInstall(api: WelcomeApi = browser): void {
  api.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    const mark = welcomedMark(api as unknown as Pick<StorageLike, 'storage'>);
    void mark.read().then(async (at) => {
      if (at) return;
      await mark.write(new Date().toISOString());
      await api.tabs.create({ url: api.runtime.getURL('/welcome.html') });
    });
  });
}
