import { davUrl, sameOrigin } from './url';

/**
 * The requests under the WebDAV client (lib/webdav/client.ts), and its writing half alone: the
 * background's outbox channel (lib/webdav/channel.ts) needs only MKCOL and PUT, and its bundle
 * has no room for the rest (test/build/budgets.test.ts).
 */
export const DAV_ERROR_KINDS = [
  'auth',
  'forbidden',
  'notFound',
  'conflict',
  'precondition',
  'storage',
  'timeout',
  'network',
  'redirect',
  'server',
  'http',
] as const;
export type DavErrorKind = (typeof DAV_ERROR_KINDS)[number];

export class DavError extends Error {
  override name = 'DavError';
  constructor(
    readonly kind: DavErrorKind,
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

const KIND_BY_STATUS: Record<number, DavErrorKind> = {
  401: 'auth',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  412: 'precondition',
  507: 'storage',
};

export const kindOfStatus = (status: number): DavErrorKind =>
  KIND_BY_STATUS[status] ?? (status >= 500 ? 'server' : 'http');

export interface DavOptions {
  /** The server's folder URL (lib/webdav/url.ts `checkServerUrl`), ending with `/`. */
  base: string;
  origin: string;
  user: string;
  password: string;
  fetch: typeof fetch;
  /** Per request; the server's silence past this is a 'timeout'. */
  timeoutMs?: number;
}

/** `user:password` in UTF-8, base64: the Basic scheme as servers read non-ASCII passwords. */
export function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

export type DavRequest = (
  method: string,
  url: string,
  init?: { headers?: Record<string, string>; body?: BodyInit; signal?: AbortSignal },
  accept?: (status: number) => boolean,
) => Promise<Response>;

export function davRequest(o: DavOptions): DavRequest {
  const auth = basicAuth(o.user, o.password);
  // Below the outbox runner's 20 s per message (lib/outbox/runner.ts), so a silent server is
  // reported as a timeout to retry rather than cut off as 'unknown'.
  const timeoutMs = o.timeoutMs ?? 15_000;

  return async (
    method: string,
    url: string,
    init: { headers?: Record<string, string>; body?: BodyInit; signal?: AbortSignal } = {},
    accept: (status: number) => boolean = (s) => s >= 200 && s < 300,
  ): Promise<Response> => {
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(), timeoutMs);
    const outer = init.signal;
    const onAbort = () => timer.abort();
    outer?.addEventListener('abort', onAbort);
    let response: Response;
    try {
      response = await o.fetch(url, {
        method,
        headers: { authorization: auth, ...init.headers },
        body: init.body,
        signal: timer.signal,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
      });
    } catch (e) {
      if (outer?.aborted) throw e;
      if (timer.signal.aborted)
        throw new DavError('timeout', null, `${method}: no answer in ${timeoutMs} ms`);
      throw new DavError('network', null, (e as Error)?.message ?? String(e));
    } finally {
      clearTimeout(timeout);
      outer?.removeEventListener('abort', onAbort);
    }
    if (response.redirected && !sameOrigin(response.url, o.origin)) {
      throw new DavError(
        'redirect',
        response.status,
        `redirected to ${new URL(response.url).origin}`,
      );
    }
    if (!accept(response.status)) {
      const detail = (await response.text().catch(() => '')).slice(0, 200);
      throw new DavError(
        kindOfStatus(response.status),
        response.status,
        `${method} ${response.status} ${response.statusText}${detail ? `: ${detail}` : ''}`.trim(),
      );
    }
    return response;
  };
}

export interface DavWriter {
  /** Creates each missing folder of `segments` in turn (an existing one is fine). */
  ensureFolder(segments: readonly string[], signal?: AbortSignal): Promise<void>;
  put(
    segments: readonly string[],
    body: Uint8Array | string,
    condition?: { ifNoneMatch?: true; ifMatch?: string },
    signal?: AbortSignal,
  ): Promise<{ etag: string | null }>;
}

export function davWriter(o: Pick<DavOptions, 'base'>, request: DavRequest): DavWriter {
  return {
    async ensureFolder(segments, signal) {
      for (let i = 1; i <= segments.length; i++) {
        // 405: the folder exists already (RFC 4918 9.3.1); some servers answer 301 to add a slash.
        await request(
          'MKCOL',
          davUrl(o.base, segments.slice(0, i), true),
          { signal },
          (s) => (s >= 200 && s < 300) || s === 405,
        );
      }
    },
    async put(segments, body, condition = {}, signal) {
      const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
      if (condition.ifNoneMatch) headers['if-none-match'] = '*';
      if (condition.ifMatch) headers['if-match'] = condition.ifMatch;
      const response = await request('PUT', davUrl(o.base, segments), {
        headers,
        body: typeof body === 'string' ? body : new Blob([body as BlobPart]),
        signal,
      });
      return { etag: response.headers.get('etag') };
    },
  };
}
