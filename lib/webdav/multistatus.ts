/**
 * A PROPFIND answer (RFC 4918 multistatus) read into entries. A small reader of exactly the
 * properties the archive and the check use, rather than DOMParser: the MV3 background worker has
 * no DOMParser, and the same code must run in pages, the worker and the tests. Namespace prefixes
 * differ by server (`D:` rclone and Apache, `d:` Nextcloud and 坚果云, or a default namespace),
 * so elements are matched by local name.
 */
export interface DavEntry {
  /** The decoded path on the server, e.g. `/dav/纪要/2026/`. */
  path: string;
  collection: boolean;
  etag: string | null;
  size: number | null;
  modified: string | null;
}

const element = (name: string) =>
  new RegExp(
    `<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>)`,
    'i',
  );

const text = (xml: string, name: string): string | null => {
  const found = element(name).exec(xml);
  return found ? decodeEntities((found[1] ?? '').trim()) : null;
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const low = e.toLowerCase();
    if (low.startsWith('#x')) return String.fromCodePoint(parseInt(low.slice(2), 16));
    if (low.startsWith('#')) return String.fromCodePoint(parseInt(low.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[low]!;
  });
}

const RESPONSE = /<(?:[\w.-]+:)?response[\s>][\s\S]*?<\/(?:[\w.-]+:)?response\s*>/gi;
const PROPSTAT = /<(?:[\w.-]+:)?propstat[\s>][\s\S]*?<\/(?:[\w.-]+:)?propstat\s*>/gi;

export function parseMultistatus(xml: string): DavEntry[] {
  const entries: DavEntry[] = [];
  for (const [response] of xml.matchAll(RESPONSE)) {
    const href = text(response, 'href');
    if (!href) continue;
    // Only the properties the server found (200); a 404 propstat lists the ones it has not.
    const found = [...response.matchAll(PROPSTAT)]
      .map(([p]) => p)
      .filter((p) => /\s2\d\d\s/.test(text(p, 'status') ?? ' 200 '))
      .join('');
    const type = element('resourcetype').exec(found);
    const size = text(found, 'getcontentlength');
    let path: string;
    try {
      path = decodeURIComponent(href.replace(/^[a-z]+:\/\/[^/]+/i, ''));
    } catch {
      continue;
    }
    entries.push({
      path,
      collection: !!type && element('collection').test(type[0]),
      etag: text(found, 'getetag') || null,
      size: size && /^\d+$/.test(size) ? Number(size) : null,
      modified: text(found, 'getlastmodified') || null,
    });
  }
  return entries;
}
