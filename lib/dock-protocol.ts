/**
 * The messages of the dock's handshake (lib/sender.ts says why it exists). Kept tiny and without
 * imports: the overlay content script ships it.
 *
 * 1. The framed panel posts DOCK_READY to its parent window.
 * 2. The content script that made that frame (it checks the message comes from its own frame,
 *    from our origin) asks the background for a token (DOCK_TOKEN) and posts DOCK_GRANT with it
 *    to that frame only.
 * 3. The frame sends DOCK_VERIFY with the token to the background, which checks it was issued
 *    for this tab and uses it up. Only then does the panel load.
 */
export const DOCK_READY = 'minutes:dock-ready';
export const DOCK_GRANT = 'minutes:dock-grant';
export const DOCK_TOKEN = 'dockToken';
export const DOCK_VERIFY = 'dockVerify';

export interface DockGrant {
  type: typeof DOCK_GRANT;
  token: string;
}
export interface DockVerify {
  type: typeof DOCK_VERIFY;
  token: string;
}
