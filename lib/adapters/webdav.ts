/**
 * Adapter: the WebDAV connection (storage.local `webdav`), its password (`webdavPassword`, apart:
 * lib/webdav/connection.ts says why), the host permission for exactly the server's origin, asked
 * at 测试连接, and `fetch`. Delete-everything removes both keys with every other
 * (lib/adapters/wipe.ts).
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { originPattern } from '../custom-hosts';
import { davClient, type DavClient } from '../webdav/client';
import { resolveConnection, WebDavConnection, type Resolved } from '../webdav/connection';
import { WEBDAV_KEY, WEBDAV_PASSWORD_KEY } from '../webdav/keys';
import type { StorageLike } from './live-store';
import { storageItem } from './storage-item';

export { WEBDAV_KEY, WEBDAV_PASSWORD_KEY } from '../webdav/keys';

export interface WebDavServices {
  read(): Promise<WebDavConnection>;
  update(patch: Partial<WebDavConnection>): Promise<WebDavConnection>;
  watch(listener: (c: WebDavConnection) => void): () => void;
  readPassword(): Promise<string>;
  writePassword(password: string): Promise<void>;
  /** Asks for exactly this origin; must be the first await inside the user's click. */
  requestOrigin(origin: string): Promise<boolean>;
  /** A client for the stored connection (with the permission checked), or what is missing. */
  connect(): Promise<
    | ({ ok: true; client: DavClient } & Extract<Resolved, { ok: true }>)
    | Extract<Resolved, { ok: false }>
    | { ok: false; problem: { kind: 'permission'; origin: string } }
  >;
  /** The same for a connection not stored yet (测试连接 before saving). */
  clientFor(options: Extract<Resolved, { ok: true }>['options']): DavClient;
}

export interface Permissions {
  request(origin: string): Promise<boolean>;
  contains(origin: string): Promise<boolean>;
}

const browserPermissions: Permissions = {
  request: (origin) =>
    browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false),
  contains: (origin) =>
    browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false),
};

export function webdavServices(
  api: Pick<StorageLike, 'storage'>,
  permissions: Permissions = browserPermissions,
  fetcher: typeof fetch = (...args) => fetch(...args),
): WebDavServices {
  const item = storageItem(api, WEBDAV_KEY, WebDavConnection, () => WebDavConnection.parse({}));
  const secret = storageItem(
    api,
    WEBDAV_PASSWORD_KEY,
    z.string().check(z.maxLength(500)),
    () => '',
  );
  const clientFor = (options: Extract<Resolved, { ok: true }>['options']) =>
    davClient({ ...options, fetch: fetcher });
  return {
    read: item.read,
    update: (patch) => item.update((c) => WebDavConnection.parse({ ...c, ...patch })),
    watch: item.watch,
    readPassword: secret.read,
    writePassword: async (password) => void (await secret.write(password)),
    requestOrigin: permissions.request,
    clientFor,
    async connect() {
      const resolved = resolveConnection(await item.read(), await secret.read());
      if (!resolved.ok) return resolved;
      const { origin } = resolved.options;
      if (!(await permissions.contains(origin)))
        return { ok: false, problem: { kind: 'permission', origin } };
      return { ...resolved, client: clientFor(resolved.options) };
    },
  };
}
