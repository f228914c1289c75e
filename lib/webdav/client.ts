import { parseMultistatus, type DavEntry } from './multistatus';
import { davRequest, davWriter, type DavOptions, type DavWriter } from './request';
import { davUrl } from './url';

/**
 * A WebDAV client of exactly what the archive and the connection check use: PROPFIND, MKCOL, PUT
 * (with If-None-Match / If-Match), GET and DELETE over `fetch`, so it runs in extension pages and
 * the MV3 background worker alike. Why not the `webdav` npm package: its browser build is
 * 154,083 B minified, 49,369 B gzip (5.11.0), about the whole panel's start-up budget and more than
 * the background's 32 KB, for features (locks, search, quota, streams) not used here.
 *
 * Redirects are followed by the browser and refused afterwards when they left the server's
 * origin (the answer is not used). The browser itself drops the Authorization header on a
 * cross-origin redirect, so the password does not travel there.
 */
export {
  basicAuth,
  DAV_ERROR_KINDS,
  DavError,
  kindOfStatus,
  type DavErrorKind,
  type DavOptions,
  type DavWriter,
} from './request';

export interface DavClient extends DavWriter {
  list(segments: readonly string[]): Promise<DavEntry[]>;
  get(segments: readonly string[]): Promise<{ bytes: Uint8Array; etag: string | null }>;
  remove(segments: readonly string[], folder?: boolean): Promise<void>;
}

export function davClient(o: DavOptions): DavClient {
  const request = davRequest(o);
  return {
    async list(segments) {
      const body =
        '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>' +
        '<d:resourcetype/><d:getetag/><d:getcontentlength/><d:getlastmodified/>' +
        '</d:prop></d:propfind>';
      const response = await request('PROPFIND', davUrl(o.base, segments, true), {
        headers: { depth: '1', 'content-type': 'application/xml; charset=utf-8' },
        body,
      });
      return parseMultistatus(await response.text());
    },
    ...davWriter(o, request),
    async get(segments) {
      const response = await request('GET', davUrl(o.base, segments));
      return {
        bytes: new Uint8Array(await response.arrayBuffer()),
        etag: response.headers.get('etag'),
      };
    },
    async remove(segments, folder = false) {
      await request('DELETE', davUrl(o.base, segments, folder));
    },
  };
}
