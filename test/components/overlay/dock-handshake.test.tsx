import { describe, expect, it, vi } from 'vitest';
import { answerDock } from '../../../entrypoints/overlay/dock-handshake';
import type { StorageLike } from '../../../lib/adapters/live-store';
import { DOCK_GRANT } from '../../../lib/dock-protocol';

/**
 * The content script's side of the dock's handshake: a token only when its own frame has loaded,
 * posted to that frame for our origins only (never '*'), and nothing for the page's messages.
 */

function setup(token: unknown = 'a-token-of-the-background-0001') {
  const sendMessage = vi.fn(async () => token);
  const api = {
    runtime: {
      id: 'realid',
      getURL: (p: string) => `chrome-extension://dynamicid${p}`,
      sendMessage,
      onMessage: { addListener: () => {} },
    },
  } as unknown as StorageLike;
  const frame = document.createElement('iframe');
  frame.src = 'chrome-extension://dynamicid/sidepanel.html?docked=1';
  // Not attached: happy-dom does not load frames, and the handshake needs only the element.
  const post = vi.fn();
  Object.defineProperty(frame, 'contentWindow', { value: { postMessage: post } });
  return { api, frame, post, sendMessage };
}

describe('the dock’s content-script handshake', () => {
  it('asks for a token when its frame has loaded and posts it to our origins only', async () => {
    const { api, frame, post, sendMessage } = setup();
    const stop = answerDock(api, frame);
    expect(sendMessage).not.toHaveBeenCalled();
    frame.dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(post).toHaveBeenCalled());
    expect(sendMessage).toHaveBeenCalledWith({ type: 'dockToken' });
    const grant = { type: DOCK_GRANT, token: 'a-token-of-the-background-0001' };
    expect(post.mock.calls).toEqual([
      [grant, 'chrome-extension://dynamicid'],
      [grant, 'chrome-extension://realid'],
    ]);
    stop();
    frame.dispatchEvent(new Event('load'));
    await Promise.resolve();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('does nothing for messages the page posts', async () => {
    const { api, frame, sendMessage } = setup();
    answerDock(api, frame);
    window.dispatchEvent(new MessageEvent('message', { data: 'minutes:dock-ready' }));
    window.dispatchEvent(new MessageEvent('message', { data: { type: DOCK_GRANT, token: 'x' } }));
    await Promise.resolve();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('posts nothing when the background gives no token', async () => {
    const { api, frame, post, sendMessage } = setup(null);
    answerDock(api, frame);
    frame.dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalled());
    await Promise.resolve();
    expect(post).not.toHaveBeenCalled();
  });
});
