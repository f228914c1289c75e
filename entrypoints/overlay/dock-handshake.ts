/**
 * The content script's side of the dock's handshake (lib/dock-protocol.ts): each time its own
 * dock frame has loaded, it gets a one-time token from the background and posts it to that
 * frame, for our origin only. The page around the dock cannot see the token (it stays in this
 * isolated world and in a message to another origin), cannot make us ask for one, and a frame of
 * its own never receives one. The frame's load event comes after the panel page's scripts ran,
 * so the panel is already listening.
 */
import type { StorageLike } from '../../lib/adapters/live-store';
import { DOCK_GRANT, DOCK_TOKEN } from '../../lib/dock-protocol';

const originOf = (url: string) => url.replace(/^([a-z-]+:\/\/[^/]+).*$/, '$1');

export function answerDock(api: StorageLike, frame: HTMLIFrameElement): () => void {
  const runtime = api.runtime!;
  // Chrome may serve the frame from a per-session dynamic origin (use_dynamic_url) or the real
  // one; a message for the other origin is dropped by the browser.
  const origins = new Set([originOf(frame.src), originOf(runtime.getURL('/'))]);
  origins.add(`${frame.src.split(':')[0]}://${runtime.id}`);
  const onLoad = () =>
    runtime.sendMessage({ type: DOCK_TOKEN }).then(
      (token) => {
        if (typeof token !== 'string') return;
        for (const origin of origins) {
          frame.contentWindow?.postMessage({ type: DOCK_GRANT, token }, origin);
        }
      },
      () => {},
    );
  frame.addEventListener('load', onLoad);
  return () => frame.removeEventListener('load', onLoad);
}
