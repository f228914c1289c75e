/**
 * The messages of the dock's handshake (lib/sender.ts says why it exists). Kept tiny and without
 * imports: the overlay content script ships it.
 *
 * 1. Each time its dock frame has loaded, the content script that made it asks the background
 *    for a token for its tab (DOCK_TOKEN) and posts DOCK_GRANT with it to that frame, and to our
 *    own origin only: the page never sees it, and a frame the page made never gets one.
 * 2. The framed panel sends DOCK_VERIFY with the token to the background, which checks it was
 *    issued for this tab and uses it up. Only then does the panel load.
 */
export const DOCK_GRANT = 'minutes:dock-grant';
export const DOCK_TOKEN = 'dockToken';
export const DOCK_VERIFY = 'dockVerify';

export interface DockGrant {
  type: typeof DOCK_GRANT;
  token: string;
}
