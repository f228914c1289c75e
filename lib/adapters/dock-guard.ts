/**
 * Adapter (background): the background's side of the dock's handshake (lib/dock-protocol.ts):
 * issues a one-time token to the meeting page's content script for its tab, and tells a framed
 * panel whether the token it shows was issued for its tab. Tokens live in `storage.session`,
 * which only extension pages and the background can read, and survive the service worker
 * stopping between the two messages.
 */
import { browser } from 'wxt/browser';
import { DOCK_TOKEN, DOCK_VERIFY } from '../dock-protocol';
import { issueDockToken, verifyDockToken, type TokenStore } from '../sender';

function sessionStore(): TokenStore | null {
  const session = browser.storage.session;
  if (!session) return null;
  return {
    get: async (key) => (await session.get(key))[key],
    set: (key, value) => session.set({ [key]: value }),
    remove: (key) => session.remove(key),
  };
}

export function wireDockGuard(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type !== DOCK_TOKEN && type !== DOCK_VERIFY) return undefined;
    const store = sessionStore();
    const id = browser.runtime.id;
    if (!store) return Promise.resolve(type === DOCK_TOKEN ? null : false);
    return type === DOCK_TOKEN
      ? issueDockToken(sender, id, store, crypto.randomUUID(), Date.now())
      : verifyDockToken(sender, id, store, (message as { token?: unknown }).token, Date.now());
  });
}
