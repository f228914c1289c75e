/**
 * Users' own meeting hosts (a self-hosted Jitsi, a company OA meeting system). The permission is
 * asked for exactly that origin at run time; here is what counts as one, and its match pattern.
 */
import { typedUrl } from './typed-url';

export type HostError = 'invalid' | 'notHttp' | 'tooBroad';

/** `meet.example.com` or `https://meet.example.com/room` → `https://meet.example.com`. */
export function normalizeOrigin(
  input: string,
): { ok: true; origin: string } | { ok: false; error: HostError } {
  const text = input.trim();
  let url: URL;
  try {
    url = typedUrl(text);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'notHttp' };
  const host = url.hostname;
  if (!host || host.includes('*') || !/^[a-z0-9.-]+$/i.test(host))
    return { ok: false, error: 'invalid' };
  if (!host.includes('.') && host !== 'localhost') return { ok: false, error: 'tooBroad' };
  return { ok: true, origin: `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}` };
}

/** The match pattern for an origin (match patterns carry no port: any port of that host). */
export const originPattern = (origin: string) => `${origin.replace(/:\d+$/, '')}/*`;

/** Whether `url` is on one of the user's hosts. */
export function isCustomHost(url: URL, hosts: readonly string[]): boolean {
  return hosts.some((origin) => {
    try {
      const o = new URL(origin);
      return o.protocol === url.protocol && o.hostname === url.hostname;
    } catch {
      return false;
    }
  });
}
