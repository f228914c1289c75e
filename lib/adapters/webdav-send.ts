/**
 * Adapter (background): what the outbox's 'webdav' channel (lib/webdav/channel.ts) needs at send
 * time: the stored user and password, read raw (the zod schema of lib/adapters/webdav.ts would
 * not fit the worker's budget), and only for the server the connection names now: a file queued
 * for an earlier server is not sent there with today's password. The host permission is checked,
 * never asked (a worker cannot prompt).
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../custom-hosts';
import type { Connect } from '../webdav/channel';
import { WEBDAV_KEY, WEBDAV_PASSWORD_KEY } from '../webdav/keys';
import { davRequest, davWriter } from '../webdav/request';
import { checkServerUrl } from '../webdav/url';

export function webdavConnect(fetcher: typeof fetch): Connect {
  return async ({ base, origin }) => {
    const got = await browser.storage.local.get([WEBDAV_KEY, WEBDAV_PASSWORD_KEY]);
    const c = got[WEBDAV_KEY] as { url?: unknown; user?: unknown; allowInsecure?: unknown } | null;
    const password = got[WEBDAV_PASSWORD_KEY];
    const server = typeof c?.url === 'string' ? checkServerUrl(c.url) : null;
    if (!server?.ok || server.base !== base || server.origin !== origin)
      return { ok: false, error: 'not connected: the shared folder changed' };
    if (server.insecure && c?.allowInsecure !== true)
      return { ok: false, error: 'not connected: insecure' };
    if (typeof c?.user !== 'string' || typeof password !== 'string' || !password)
      return { ok: false, error: 'not connected: password' };
    if (!(await browser.permissions.contains({ origins: [originPattern(origin)] })))
      return { ok: false, error: 'not connected: permission' };
    const options = { base, origin, user: c.user.trim(), password, fetch: fetcher };
    return { ok: true, writer: davWriter(options, davRequest(options)) };
  };
}
