/**
 * Who sent a runtime message, and what each sender may ask of the background (least privilege).
 * Two kinds of our own code talk to it:
 * - extension pages (the side panel, the tracker, the settings, the docked panel frame): they
 *   have the whole data anyway and may call the repositories;
 * - the content script on a meeting page (the timer overlay and the dock's host). It runs in the
 *   meeting site's renderer process, which the site controls; if that process is compromised,
 *   whatever the content script may ask, the site may ask. So it may only say which page it is
 *   on (`page`), ask for a token for the dock it opened, and send the timer commands of its
 *   buttons (`timer`: pause, resume, next topic of the running meeting it shows, checked by
 *   lib/timer/writer.ts); it never reads or calls the repositories.
 * A page's URL is what tells them apart: an extension page's is on our own scheme; a content
 * script's is the meeting page's.
 */

/** The fields of `runtime.MessageSender` this module reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

const EXTENSION_SCHEME = /^(chrome|moz)-extension:\/\//;

/** One of our extension pages (in a tab, the side panel, or framed as the dock). */
export function isExtensionPage(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId && EXTENSION_SCHEME.test(sender.url ?? '');
}

/** Our content script in the top frame of a tab (the overlay on a meeting page). */
export function isTopContentScript(sender: SenderLike, extensionId: string): boolean {
  return (
    sender.id === extensionId &&
    sender.tab?.id !== undefined &&
    sender.frameId === 0 &&
    !EXTENSION_SCHEME.test(sender.url ?? '')
  );
}

/** What a sender can ask the background for. */
export type Request = 'repo' | 'hints' | 'dockVerify' | 'page' | 'dockToken' | 'timer' | 'sync';

/**
 * Who may ask for what. Extension pages: the repositories, the hints of the meeting page beside
 * them, the check of a dock token, the sync's commands (the settings' 同步 block). The meeting page's content script: to say which page it is on,
 * and a token for its dock. Both: timer commands (the writer allows the page only its overlay's
 * three buttons). Nothing else, from anyone else.
 */
const POLICY: Record<Request, 'extension page' | 'content script' | 'both'> = {
  repo: 'extension page',
  hints: 'extension page',
  dockVerify: 'extension page',
  page: 'content script',
  dockToken: 'content script',
  timer: 'both',
  sync: 'extension page',
};

export function mayAsk(request: Request, sender: SenderLike, extensionId: string): boolean {
  const who = POLICY[request];
  return (
    (who !== 'content script' && isExtensionPage(sender, extensionId)) ||
    (who !== 'extension page' && isTopContentScript(sender, extensionId))
  );
}

/**
 * The dock's proof that a framed panel is the one our content script opened (see
 * lib/adapters/dock-guard.ts): the content script gets a one-time token for its tab and hands it
 * to its own frame only; the frame shows it back. A page that frames the panel page itself (its
 * URL leaked, or any page in Firefox, where web-accessible resources cannot be limited to sites)
 * never sees a token, so that panel refuses to work.
 */
export interface TokenStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A token is asked for when the frame has loaded; one not used within a minute is void. */
export const DOCK_TOKEN_TTL_MS = 60_000;

const tokenKey = (tabId: number) => `dock:${tabId}`;

export async function issueDockToken(
  sender: SenderLike,
  extensionId: string,
  store: TokenStore,
  token: string,
  now: number,
): Promise<string | null> {
  if (!mayAsk('dockToken', sender, extensionId)) return null;
  await store.set(tokenKey(sender.tab!.id!), { token, at: now });
  return token;
}

export async function verifyDockToken(
  sender: SenderLike,
  extensionId: string,
  store: TokenStore,
  token: unknown,
  now: number,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (!mayAsk('dockVerify', sender, extensionId) || tabId === undefined || sender.frameId === 0) {
    return false;
  }
  const key = tokenKey(tabId);
  const issued = (await store.get(key)) as { token?: unknown; at?: unknown } | undefined;
  if (!issued || typeof token !== 'string' || token.length < 16 || issued.token !== token) {
    return false;
  }
  await store.remove(key); // one frame, one use
  return typeof issued.at === 'number' && now - issued.at <= DOCK_TOKEN_TTL_MS;
}
