import type { Locale } from '../i18n';

/**
 * The print page's address (`print.html#meeting=<id>&locale=<zh-CN|en>&version=<n>`): which
 * minutes, in which language, and optionally an earlier version. Parsed strictly, since a hash is
 * anyone's to type: an unknown locale, an over-long id or a malformed version is dropped.
 */
export interface PrintRoute {
  meetingId: string | null;
  locale: Locale | null;
  version: number | null;
}

export function printPath(route: { meetingId: string; locale: Locale; version?: number }): string {
  const params = new URLSearchParams({ meeting: route.meetingId, locale: route.locale });
  if (route.version !== undefined) params.set('version', String(route.version));
  return `/print.html#${params.toString()}`;
}

export function parsePrintRoute(hash: string): PrintRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('meeting') ?? '';
  const locale = params.get('locale');
  const version = params.get('version') ?? '';
  return {
    meetingId: id.length > 0 && id.length <= 64 ? id : null,
    locale: locale === 'zh-CN' || locale === 'en' ? locale : null,
    version: /^[1-9]\d{0,6}$/.test(version) ? Number(version) : null,
  };
}
