/**
 * The content script's side of the dock's handshake (lib/dock-protocol.ts): when its own dock
 * frame, showing our own page, says it is ready, it gets a one-time token from the background
 * and posts it to that frame alone. The page around the dock cannot see the token (it stays in
 * this isolated world and in a message to another origin) nor get one for a frame of its own.
 */
import type { StorageLike } from '../../lib/adapters/live-store';
import { DOCK_GRANT, DOCK_READY, DOCK_TOKEN } from '../../lib/dock-protocol';

const originOf = (url: string) => url.replace(/^([a-z-]+:\/\/[^/]+).*$/, '$1');

export function answerDock(api: StorageLike, frame: HTMLIFrameElement): () => void {
  const runtime = api.runtime!;
  const base = runtime.getURL('/');
  // Chrome serves the frame from a per-session dynamic origin (use_dynamic_url) or the real one.
  const ours = new Set([originOf(base), base.replace(/:\/\/.*$/, `://${runtime.id}`)]);
  const onMessage = (e: MessageEvent) => {
    if (e.source !== frame.contentWindow || e.data !== DOCK_READY || !ours.has(e.origin)) return;
    runtime.sendMessage({ type: DOCK_TOKEN }).then(
      (token) => {
        if (typeof token === 'string') {
          frame.contentWindow?.postMessage({ type: DOCK_GRANT, token }, e.origin);
        }
      },
      () => {},
    );
  };
  addEventListener('message', onMessage);
  return () => removeEventListener('message', onMessage);
}
