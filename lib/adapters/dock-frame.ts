/**
 * Adapter (panel page): is this panel allowed to work here? At the top of its own window (the
 * side panel, the Firefox sidebar, a tab) it always is. In a frame it is only as the dock our
 * content script opened beside a meeting (the handshake of lib/dock-protocol.ts); framed by
 * anything else, by a page that learned its URL, it refuses before it reads any data.
 */
import { browser } from 'wxt/browser';
import { DOCK_GRANT, DOCK_READY, DOCK_VERIFY, type DockGrant } from '../dock-protocol';

export const isFramed = () => window.parent !== window;

/**
 * Resolves true once the background confirms the dock's token, false when it refuses one.
 * Without any token (a foreign frame) it never resolves: the caller says after a while that the
 * panel cannot be shown here, and still lets a late grant in.
 */
export function dockAllowed(): Promise<boolean> {
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent) => {
      const grant = e.data as Partial<DockGrant> | null;
      if (e.source !== window.parent || grant?.type !== DOCK_GRANT) return;
      if (typeof grant.token !== 'string') return;
      window.removeEventListener('message', onMessage);
      browser.runtime.sendMessage({ type: DOCK_VERIFY, token: grant.token }).then(
        (ok) => resolve(ok === true),
        () => resolve(false),
      );
    };
    window.addEventListener('message', onMessage);
    // Only a signal, no data: the parent's origin is the meeting site's, whichever it is.
    window.parent.postMessage(DOCK_READY, '*');
  });
}
