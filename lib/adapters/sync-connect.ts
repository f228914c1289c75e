/**
 * Adapter (background): the sync's client for the stored WebDAV connection, or what is missing
 * (the status's `connection` / `permission`). The same reading as lib/webdav/connection.ts
 * `resolveConnection`, on the raw stored values: that module's zod schema and lib/adapters/webdav.ts
 * do not fit the worker's byte budget (test/build/budgets.test.ts), as webdav-send.ts says too.
 * The host permission is checked, never asked (a worker cannot prompt).
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../custom-hosts';
import { davClient, type DavClient } from '../webdav/client';
import { WEBDAV_KEY, WEBDAV_PASSWORD_KEY } from '../webdav/keys';
import { checkRoot, checkServerUrl } from '../webdav/url';

export type SyncConnection =
  | { ok: true; client: DavClient; root: string[] }
  | { ok: false; problem: { kind: 'connection' | 'permission' } };

export async function syncConnect(fetcher: typeof fetch): Promise<SyncConnection> {
  const got = await browser.storage.local.get([WEBDAV_KEY, WEBDAV_PASSWORD_KEY]);
  const c = (got[WEBDAV_KEY] ?? {}) as Record<string, unknown>;
  const password = got[WEBDAV_PASSWORD_KEY];
  const server = checkServerUrl(typeof c.url === 'string' ? c.url : '');
  const root = checkRoot(typeof c.root === 'string' ? c.root : '纪要归档');
  const user = typeof c.user === 'string' ? c.user.trim() : '';
  if (
    !server.ok ||
    (server.insecure && c.allowInsecure !== true) ||
    !root.ok ||
    !user ||
    typeof password !== 'string' ||
    !password
  )
    return { ok: false, problem: { kind: 'connection' } };
  const { origin, base } = server;
  if (!(await browser.permissions.contains({ origins: [originPattern(origin)] })))
    return { ok: false, problem: { kind: 'permission' } };
  return {
    ok: true,
    client: davClient({ base, origin, user, password, fetch: fetcher }),
    root: root.segments,
  };
}
