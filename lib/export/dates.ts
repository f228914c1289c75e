import type { Locale } from '../i18n';

/**
 * Instants of the minutes as wall-clock text in a given IANA zone. Intl only supplies the numbers
 * (year…minute in that zone); the wording is ours, so an archived export reads the same whichever
 * ICU version the browser ships, and golden files stay stable.
 */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(key, f);
  }
  return f;
}

const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

export function wallClock(date: Date, timeZone?: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(date);
  const num = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const weekday = WEEKDAYS_EN.indexOf(parts.find((p) => p.type === 'weekday')?.value ?? '');
  return {
    year: num('year'),
    month: num('month'),
    day: num('day'),
    hour: num('hour') % 24,
    minute: num('minute'),
    weekday,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export const isoDay = (w: WallClock) => `${w.year}-${pad(w.month)}-${pad(w.day)}`;
const hhmm = (w: WallClock) => `${pad(w.hour)}:${pad(w.minute)}`;

function dayText(w: WallClock, locale: Locale): string {
  return locale === 'zh-CN'
    ? `${w.year}年${w.month}月${w.day}日 ${WEEKDAYS_ZH[w.weekday] ?? ''}`.trim()
    : `${WEEKDAYS_EN[w.weekday] ?? ''} ${w.day} ${MONTHS_EN[w.month - 1] ?? ''} ${w.year}`.trim();
}

function parse(iso: string | null): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "2026年3月2日 星期一 14:00" / "Mon 2 Mar 2026, 14:00"; '' for no date. */
export function formatInstant(iso: string | null, locale: Locale, timeZone?: string): string {
  const d = parse(iso);
  if (!d) return '';
  const w = wallClock(d, timeZone);
  return `${dayText(w, locale)}${locale === 'zh-CN' ? ' ' : ', '}${hhmm(w)}`;
}

/** A meeting's slot: "2026年3月2日 星期一 14:00-16:00"; the end's day is repeated only if it differs. */
export function formatSpan(
  startIso: string | null,
  endIso: string | null,
  locale: Locale,
  timeZone?: string,
): string {
  const start = parse(startIso);
  const end = parse(endIso);
  if (!start) return '';
  const from = formatInstant(startIso, locale, timeZone);
  if (!end) return from;
  const a = wallClock(start, timeZone);
  const b = wallClock(end, timeZone);
  const dash = locale === 'zh-CN' ? '-' : '–';
  return isoDay(a) === isoDay(b)
    ? `${from}${dash}${hhmm(b)}`
    : `${from} ${dash} ${formatInstant(endIso, locale, timeZone)}`;
}

/** RFC 5545 UTC DATE-TIME: 20260302T060000Z. */
export function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
