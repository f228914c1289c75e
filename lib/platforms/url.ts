/**
 * Small URL helpers shared by the platform adapters. Each adapter builds its join link from the
 * parts it recognised, so tracking parameters (`utm_*`, `from`, `authuser`…) never reach a stored
 * meeting, and only what joining needs (Zoom `pwd`, Webex `MTID`, Teams `context`…) is kept.
 */

/** Does `hostname` fall under a match-pattern host (`meet.google.com` or `*.zoom.us`)? */
export function hostMatches(patternHost: string, hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (patternHost === '*') return true;
  if (!patternHost.startsWith('*.')) return host === patternHost;
  const base = patternHost.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

/** `origin + path` plus the listed query parameters (in that order), nothing else. */
export function joinLink(url: URL, keep: readonly string[] = [], path = url.pathname): string {
  const query = new URLSearchParams();
  for (const name of keep) {
    const value = url.searchParams.get(name);
    if (value) query.set(name, value);
  }
  const search = query.toString();
  return `${url.origin}${path}${search ? `?${search}` : ''}`;
}

/** decodeURIComponent that gives '' instead of throwing on a malformed escape. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/** Query parameters of a hash route (`#/join?meeting_code=…`), which single-page apps use. */
export function hashParams(url: URL): URLSearchParams {
  const at = url.hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : url.hash.slice(at + 1));
}
