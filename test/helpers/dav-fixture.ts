import { webcrypto } from 'node:crypto';
import type { Digest } from '../../lib/sync/document';
import type { BaseEntry } from '../../lib/sync/plan';
import { syncKind } from '../../lib/sync/run';
import { davClient, type DavOptions } from '../../lib/webdav/client';
import type { WebDavServer } from './webdav-server';

/** SHA-256 in hex, the hash a sync document carries (node's WebCrypto, as the browser's). */
export const digest: Digest = async (text) =>
  Buffer.from(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString(
    'hex',
  );

/** How a client reaches the test's WebDAV server (test/helpers/webdav-server.ts) as its user. */
export const serverOptions = (server: WebDavServer): DavOptions => ({
  base: server.url,
  origin: server.origin,
  user: server.user,
  password: server.pass,
  fetch: globalThis.fetch,
});

/** A client of the test's WebDAV server as its user. */
export const serverClient = (server: WebDavServer) => davClient(serverOptions(server));

/**
 * One computer syncing its meetings under `root` on the server (lib/sync/run.ts): its records,
 * its last synced state, and a sync, which stores the records it pulls in `local`.
 */
export function syncComputer(server: WebDavServer, root: string) {
  const local = new Map<string, unknown>();
  const base = new Map<string, BaseEntry>();
  const client = serverClient(server);
  const sync = () =>
    syncKind({
      client,
      root: [root],
      kind: 'meeting',
      digest,
      local,
      base,
      apply: async (id, body) => void local.set(id, body),
    });
  return { local, base, sync };
}
