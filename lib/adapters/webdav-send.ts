/**
 * Adapter (background): what the outbox's 'webdav' channel (lib/webdav/channel.ts) needs at send
 * time: the stored user and password, read raw (the zod schema of lib/adapters/webdav.ts would
 * not fit the worker's budget), and only for the server the connection names now: a file queued
 * for an earlier server is not sent there with today's password. The host permission is checked,
 * never asked (a worker cannot prompt).
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../custom-hosts';
import { typedUrl } from '../typed-url';
import type { Connect } from '../webdav/channel';
import { WEBDAV_KEY, WEBDAV_PASSWORD_KEY } from '../webdav/keys';
import { davRequest, davWriter } from '../webdav/request';

export function webdavConnect(fetcher: typeof fetch): Connect {
  return async ({ base, origin }) => {
    const got = await browser.storage.local.get([WEBDAV_KEY, WEBDAV_PASSWORD_KEY]);
    const c = got[WEBDAV_KEY] as { url?: unknown; user?: unknown; allowInsecure?: unknown } | null;
    const password = got[WEBDAV_PASSWORD_KEY];
    // The same reading of the address as lib/webdav/url.ts, whose checks ran when it was saved
    // (its LAN patterns are not repeated here: plain HTTP needs the user's consent either way).
    const url = typeof c?.url === 'string' ? c.url.trim() : '';
    let now = '';
    try {
      now = typedUrl(url).origin;
    } catch {
      now = '';
    }
    if (now !== origin || !base.startsWith(`${origin}/`))
      return { ok: false, error: 'not connected: the shared folder changed' };
    if (origin.startsWith('http:') && c?.allowInsecure !== true)
      return { ok: false, error: 'not connected: insecure' };
    if (typeof c?.user !== 'string' || typeof password !== 'string' || !password)
      return { ok: false, error: 'not connected: password' };
    if (!(await browser.permissions.contains({ origins: [originPattern(origin)] })))
      return { ok: false, error: 'not connected: permission' };
    const options = { base, origin, user: c.user.trim(), password, fetch: fetcher };
    return { ok: true, writer: davWriter(options, davRequest(options)) };
  };
}
