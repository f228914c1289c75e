import { hostMatches } from './url';

/**
 * Chrome's match-pattern semantics (developer.chrome.com/docs/extensions/develop/concepts/
 * match-patterns), so tests can prove that the manifest's patterns reach every meeting page
 * the adapters recognise. `*` as scheme means http or https; `*.host` means the host and all its
 * subdomains; the path is a glob where `*` is any run of characters, matched against path and
 * query (not the fragment). Ports are not part of our patterns, so any port matches, as in Chrome.
 */
const PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*:]+|[^/*:]+)?(\/.*)$/;

export function matchesPattern(pattern: string, url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (pattern === '<all_urls>')
    return ['http', 'https', 'ws', 'wss', 'ftp', 'file'].includes(scheme);
  const parts = PATTERN.exec(pattern);
  if (!parts) return false;
  const [, patternScheme = '', host = '', path = ''] = parts;
  const schemeOk =
    patternScheme === '*' ? scheme === 'http' || scheme === 'https' : scheme === patternScheme;
  if (!schemeOk || (scheme !== 'file' && !hostMatches(host, parsed.hostname))) return false;
  const glob = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${glob}$`).test(parsed.pathname + parsed.search);
}
