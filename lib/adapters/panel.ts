/**
 * Adapter: opening the panel from the toolbar button (and so from its keyboard shortcut).
 * Chrome: the side panel opens on action click. Firefox: the sidebar opens on action click
 * (its own `_execute_sidebar_action` shortcut is declared in the manifest).
 */
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
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

/** Opens the welcome page once, when the extension is first installed. */
export function welcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
