import type { Locale } from './locale';
import type { webdavEn } from './features/webdav.en';
import type { DavError } from '../webdav/client';
import type { ConnectionProblem } from '../webdav/connection';

/**
 * The shared folder's strings: their own catalogue, loaded by the settings section and the
 * review tab's archive when they first render, so the panel's start-up catalogue does not grow.
 */
export type WebDavKey = keyof typeof webdavEn;
export type WebDavTranslate = (key: WebDavKey, params?: Record<string, string | number>) => string;

export async function loadWebDavTranslate(locale: Locale): Promise<WebDavTranslate> {
  const catalog: Record<WebDavKey, string> =
    locale === 'zh-CN'
      ? (await import('./features/webdav.zh-CN')).webdavZhCN
      : (await import('./features/webdav.en')).webdavEn;
  return (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (m, name: string) =>
      params && name in params ? String(params[name]) : m,
    );
}

/** A server error in words, with the server's own status. */
export function davErrorText(w: WebDavTranslate, error: DavError): string {
  return w(`error.${error.kind}`, { status: error.status ?? '', message: error.message });
}

export function problemText(
  w: WebDavTranslate,
  p: ConnectionProblem | { kind: 'permission'; origin: string },
): string {
  switch (p.kind) {
    case 'url':
      return w(`problem.url.${p.error}`);
    case 'root':
      return w(`problem.root.${p.error}`);
    case 'permission':
      return w('problem.permission', { origin: p.origin });
    default:
      return w(`problem.${p.kind}`);
  }
}
