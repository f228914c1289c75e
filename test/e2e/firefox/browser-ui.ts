/**
 * Firefox's own UI, which WebDriver does not model: keyboard shortcuts, the sidebar and prompts.
 * Reached by evaluating in the browser window's document (`FirefoxSession.chrome`).
 */
import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './firefox';

const KEYS: Record<string, [key: string, code: string, keyCode: number]> = {
  Alt: ['Alt', 'AltLeft', 18],
  Shift: ['Shift', 'ShiftLeft', 16],
  Ctrl: ['Control', 'ControlLeft', 17],
};

/**
 * Presses a shortcut (`Alt+Shift+M`) in the window of `page`, as real key presses: keys sent to a
 * page over WebDriver never reach the browser's shortcuts, so they go through the text input
 * processor the browser's own tests use, which makes trusted key events for the window (the
 * extension's `<key>` elements then fire exactly as for a user's keyboard).
 */
export async function pressShortcut(session: FirefoxSession, shortcut: string, page?: Page) {
  const keys = shortcut.split('+').map((k) => KEYS[k] ?? [k, `Key${k}`, k.charCodeAt(0)]);
  const sent = await session.chrome<boolean>(
    `(() => {
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) return false;
      const events = ${JSON.stringify(keys)}.map(([key, code, keyCode]) =>
        new KeyboardEvent('', { key, code, keyCode }));
      for (const e of events) tip.keydown(e);
      for (const e of events.reverse()) tip.keyup(e);
      return true;
    })()`,
    page,
  );
  if (!sent) throw new Error(`could not press ${shortcut}`);
}

/**
 * Every prompt the browser shows: doorhangers (permission requests such as persistent storage,
 * add-on install and permission prompts) on every tab, and app-menu notifications (such as a
 * sideloaded add-on waiting for approval), in every window.
 */
export function prompts(session: FirefoxSession): Promise<string[]> {
  return session.chrome<string[]>(`(() => {
    const found = [];
    for (const win of Services.wm.getEnumerator('navigator:browser')) {
      for (const b of win.gBrowser.browsers)
        for (const n of win.PopupNotifications.getNotificationsForBrowser(b))
          found.push(n.id + ' on ' + b.currentURI.spec);
      for (const n of win.AppMenuNotifications.notifications) found.push('app menu: ' + n.id);
    }
    return found;
  })()`);
}

/** Which sidebar the window of `page` shows (its id; empty when closed). */
export function openSidebar(session: FirefoxSession, page?: Page): Promise<string> {
  return session.chrome<string>(
    `SidebarController.isOpen ? SidebarController.currentID : ''`,
    page,
  );
}

/**
 * The text of the extension's sidebar document, read from one of its pages (`from`, which must
 * be an extension page) through `extension.getViews`: the sidebar is not a tab, and WebDriver
 * does not list it.
 */
export function sidebarText(from: Page): Promise<string> {
  return from.evaluate(() => {
    const ext = (
      globalThis as unknown as {
        browser: { extension: { getViews(o: { type: string }): Window[] } };
      }
    ).browser.extension;
    const [view] = ext.getViews({ type: 'sidebar' });
    return view?.document.body.innerText ?? '';
  });
}

/**
 * Accepts the prompt `id` (e.g. `addon-webext-permissions`, an extension asking for a host) as a
 * click on its main button would, in whichever window shows it; false when none is shown.
 */
export function acceptPrompt(session: FirefoxSession, id: string): Promise<boolean> {
  return session.chrome<boolean>(`(() => {
    for (const win of Services.wm.getEnumerator('navigator:browser'))
      for (const b of win.gBrowser.browsers)
        for (const n of win.PopupNotifications.getNotificationsForBrowser(b))
          if (n.id === ${JSON.stringify(id)}) {
            n.mainAction.callback({ source: 'button' });
            win.PopupNotifications.remove(n);
            return true;
          }
    return false;
  })()`);
}
