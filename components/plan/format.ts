import type { Locale } from '../../lib/i18n';

/** The user's IANA time zone: due days and "today" are days there. */
export const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day (`YYYY-MM-DD`) in the user's language: "3月6日周五" / "Fri, Mar 6"; `long` adds
 * the year, `short` drops the weekday (the narrow side panel's table).
 */
export function formatDay(
  day: string | null,
  locale: Locale,
  style: 'short' | 'medium' | 'long' = 'medium',
): string {
  if (!day) return '';
  const at = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(at)) return day;
  const key = `${locale}:${style}`;
  let f = dayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: style === 'long' ? 'numeric' : undefined,
      month: 'short',
      day: 'numeric',
      weekday: style === 'short' ? undefined : 'short',
    });
    dayFormats.set(key, f);
  }
  return f.format(at);
}
