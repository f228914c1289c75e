import * as z from 'zod/mini';
import { ARCHIVE_FORMATS } from './formats';
import type { DavOptions } from './client';
import { checkRoot, checkServerUrl, type RootError, type ServerUrlError } from './url';

/**
 * The WebDAV connection as stored (storage.local `webdav`, lib/adapters/webdav.ts): everything
 * but the password, which has its own key so that nothing that shows or copies the connection
 * carries it. Neither key is among the preferences a backup collects (lib/history.ts
 * PREFERENCE_KEYS): a backup file must never hold the app password, and a connection without it
 * is half a connection.
 */
export const WebDavConnection = z.object({
  url: z._default(z.string().check(z.maxLength(500)), ''),
  user: z._default(z.string().check(z.maxLength(200)), ''),
  root: z._default(z.string().check(z.maxLength(200)), '纪要归档'),
  /** The user saw the warning and accepts plain HTTP to this loopback or LAN address. */
  allowInsecure: z._default(z.boolean(), false),
  archiveOnApproval: z._default(z.boolean(), false),
  formats: z._default(z.array(z.enum(ARCHIVE_FORMATS)).check(z.maxLength(3)), [...ARCHIVE_FORMATS]),
  /** When the last 测试连接 passed, for the URL and user it was run with. */
  checked: z._default(
    z.nullable(z.object({ at: z.string(), url: z.string(), user: z.string() })),
    null,
  ),
});
export type WebDavConnection = z.infer<typeof WebDavConnection>;

export type ConnectionProblem =
  | { kind: 'url'; error: ServerUrlError }
  | { kind: 'root'; error: RootError }
  | { kind: 'insecure'; insecure: 'loopback' | 'lan' }
  | { kind: 'user' }
  | { kind: 'password' };

export type Resolved =
  | { ok: true; options: Omit<DavOptions, 'fetch'>; root: string[] }
  | { ok: false; problem: ConnectionProblem };

/** What a client needs from the stored connection, or the first thing that is missing. */
export function resolveConnection(c: WebDavConnection, password: string): Resolved {
  const server = checkServerUrl(c.url);
  if (!server.ok) return { ok: false, problem: { kind: 'url', error: server.error } };
  if (server.insecure && !c.allowInsecure)
    return { ok: false, problem: { kind: 'insecure', insecure: server.insecure } };
  const root = checkRoot(c.root);
  if (!root.ok) return { ok: false, problem: { kind: 'root', error: root.error } };
  if (!c.user.trim()) return { ok: false, problem: { kind: 'user' } };
  if (!password) return { ok: false, problem: { kind: 'password' } };
  return {
    ok: true,
    options: { base: server.base, origin: server.origin, user: c.user.trim(), password },
    root: root.segments,
  };
}
