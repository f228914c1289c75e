/**
 * Adapter (panel page): is this panel allowed to work here? At the top of its own window (the
 * side panel, the Firefox sidebar, a tab) it always is. In a frame it is only as the dock our
 * content script opened beside a meeting (the handshake of lib/dock-protocol.ts); framed by
 * anything else, by a page that learned its URL, it refuses before it reads any data.
 */
import { browser } from 'wxt/browser';
import { DOCK_GRANT, DOCK_VERIFY, type DockGrant } from '../dock-protocol';

export const isFramed = () => window.parent !== window;

/**
 * Listens for grants from the window around this frame and has the background check each:
 * `onAllowed` once one is valid (then it stops listening), `onRefused` for each one that is not.
 * A page can post made-up grants to the dock; they are refused and the real one still gets in.
 * Without any grant (a frame a page made) neither is called: the caller says, after a while,
 * that the panel cannot be shown here.
 */
export function watchDock(onAllowed: () => void, onRefused: () => void): void {
  const onMessage = (e: MessageEvent) => {
    const grant = e.data as Partial<DockGrant> | null;
    if (grant?.type !== DOCK_GRANT || typeof grant.token !== 'string') return;
    browser.runtime.sendMessage({ type: DOCK_VERIFY, token: grant.token }).then(
      (ok) => {
        if (ok !== true) return onRefused();
        window.removeEventListener('message', onMessage);
        onAllowed();
      },
      () => onRefused(),
    );
  };
  window.addEventListener('message', onMessage);
}
