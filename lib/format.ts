import type { Locale } from './i18n';
import { Instant } from './schema/primitives';

/**
 * Dates between their stored form (ISO instants, see schema/primitives.ts), the browser's
 * `datetime-local` inputs (wall-clock time in the user's zone) and text in the user's locale.
 */

/** ISO instant → `YYYY-MM-DDTHH:mm` in the local zone, for a `datetime-local` input. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * `datetime-local` value (local wall clock) → ISO instant, or null when empty, invalid or outside
 * the years the schema keeps (the input itself goes up to 275760: stored, it would make the whole
 * meeting unreadable).
 */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return Instant.safeParse(iso).success ? iso : null;
}

/**
 * One formatter per language and style: building an Intl.DateTimeFormat costs far more than
 * formatting with it (measured: the list of 201 meetings spent most of its render on them).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, style: 'dateTime' | 'time'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === 'time' ? { timeStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
    formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  }
  return f;
}

export function formatDateTime(iso: string | null, locale: Locale): string {
  const date = iso ? new Date(iso) : null;
  // An invalid date would make Intl throw (RangeError) and take the row showing it down.
  return date && !Number.isNaN(date.getTime()) ? formatter(locale, 'dateTime').format(date) : '';
}

export function formatTime(date: Date, locale: Locale): string {
  return formatter(locale, 'time').format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago `iso` was, in words (“3 分钟前”, “yesterday”); '' when it is not a date. */
export function formatAgo(iso: string | null, now: number, locale: Locale): string {
  const at = iso ? new Date(iso).getTime() : NaN;
  if (Number.isNaN(at)) return '';
  const ago = Math.max(0, now - at);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) if (ago >= ms) return rtf.format(-Math.floor(ago / ms), unit);
  return rtf.format(0, 'second');
}
