/**
 * Where the shared folder is: the server's URL as the user typed it, checked, and the paths under
 * it. HTTPS is required: the app password travels in every request. Plain HTTP is accepted only
 * for loopback and private (LAN) addresses, a NAS in the office, and only after the user has seen
 * a warning (`insecure` says which, the settings ask for the explicit consent).
 */
import { typedUrl } from '../typed-url';

export type ServerUrlError = 'empty' | 'invalid' | 'notHttp' | 'insecure' | 'credentials';

export type ServerUrl =
  | { ok: true; base: string; origin: string; insecure: null | 'loopback' | 'lan' }
  | { ok: false; error: ServerUrlError };

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
const LAN =
  /^(10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|169\.254(?:\.\d{1,3}){2}|\[f[cd][0-9a-f]{2}:[^\]]*\]|\[fe[89ab][0-9a-f]:[^\]]*\]|[a-z0-9-]+\.local)$/i;

/** `dav.jianguoyun.com/dav` → `https://dav.jianguoyun.com/dav/` (a folder URL: ends with `/`). */
export function checkServerUrl(input: string): ServerUrl {
  const text = input.trim();
  if (!text) return { ok: false, error: 'empty' };
  let url: URL;
  try {
    url = typedUrl(text);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'notHttp' };
  // A password in the URL would be stored and shown with it: it belongs in its own field.
  if (url.username || url.password) return { ok: false, error: 'credentials' };
  if (!url.hostname || url.hostname.includes('*')) return { ok: false, error: 'invalid' };
  let insecure: null | 'loopback' | 'lan' = null;
  if (url.protocol === 'http:') {
    if (LOOPBACK.test(url.hostname)) insecure = 'loopback';
    else if (LAN.test(url.hostname)) insecure = 'lan';
    else return { ok: false, error: 'insecure' };
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ok: true, base: `${url.origin}${path}`, origin: url.origin, insecure };
}

export type RootError = 'dotSegment' | 'tooLong';

/**
 * The root folder under the server URL, as path segments: `/纪要/归档/` → ['纪要', '归档'].
 * `.` and `..` are refused (they would leave the folder the user meant).
 */
export function checkRoot(
  input: string,
): { ok: true; segments: string[] } | { ok: false; error: RootError } {
  const segments = input
    .split(/[/\\]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..')) return { ok: false, error: 'dotSegment' };
  if (segments.join('/').length > 200) return { ok: false, error: 'tooLong' };
  return { ok: true, segments };
}

/** The URL of a file (or, with `folder`, a collection) under `base`, each segment encoded. */
export function davUrl(base: string, segments: readonly string[], folder = false): string {
  const path = segments.map((s) => encodeURIComponent(s)).join('/');
  return base + path + (folder && path ? '/' : '');
}

/** Whether a (redirected) response URL is still on the server's origin. */
export function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
