import type { Meeting } from '../schema';
import { isoDay, wallClock } from './dates';

/**
 * Archive file names in the method's folder scheme 年份-部门-项目名称 (+ 会议名称-日期), from a
 * pattern of `{token}`s. The result must be a legal name on Windows, macOS and Linux alike, since
 * the archive is a shared folder: no reserved characters or names, no trailing dots or spaces, no
 * leading dot (hidden) or dash (read as an option), no bidi controls that could disguise the
 * extension, and short enough for every file system (UTF-16 units for Windows, UTF-8 bytes for
 * ext4/APFS, whose 255-byte limit 150 Chinese characters would exceed).
 */

export const DEFAULT_PATTERN = '{year}-{department}-{project}-{title}-{date}';
export const FILENAME_TOKENS = [
  'year',
  'month',
  'day',
  'date',
  'department',
  'project',
  'title',
  'host',
  'version',
] as const;
export type FileNameToken = (typeof FILENAME_TOKENS)[number];

/** The longest pattern kept (the stored preferences refuse longer ones). */
export const MAX_PATTERN_LENGTH = 300;

export type PatternCheck =
  { ok: true; pattern: string } | { ok: false; reason: 'empty' | 'tooLong'; length: number };

/** A pattern as the user typed it, trimmed, or why it cannot be kept. */
export function checkPattern(input: string): PatternCheck {
  const pattern = input.trim();
  if (!pattern) return { ok: false, reason: 'empty', length: 0 };
  if (pattern.length > MAX_PATTERN_LENGTH)
    return { ok: false, reason: 'tooLong', length: pattern.length };
  return { ok: true, pattern };
}

export interface FileNameOptions {
  pattern?: string;
  /** Without or with the dot: 'md', '.csv'. */
  extension?: string;
  timeZone?: string;
  /** Whole name, extension included, in UTF-16 code units. */
  maxLength?: number;
  /** Used when nothing usable is left. */
  fallback?: string;
}

const MAX_UTF8_BYTES = 240;
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F]/g;
/**
 * Invisible characters: every bidi control (overrides that show "gpj.exe" as "exe.jpg", the marks,
 * isolates and the Arabic letter mark U+061C) and every default-ignorable one (zero widths, soft
 * hyphen, invisible operators, interlinear annotation marks…), as Unicode lists them.
 */
const INVISIBLE = /[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB]/gu;
/** Windows device names, with any extension; CONIN$/CONOUT$ are the console's. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

export function sanitizeFileName(name: string): string {
  return name
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(ILLEGAL, '_')
    .replace(/[ _.]*-[-_. ]*/g, '-')
    .replace(/[ .]*_[_. ]*/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/ {2,}/g, ' ')
    .replace(/^[-_. ]+|[-_. ]+$/g, '');
}

const utf8Bytes = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Longest prefix within both budgets, cut between code points (never inside a surrogate pair). */
function truncate(text: string, maxUnits: number, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const b = utf8Bytes(ch.codePointAt(0)!);
    if (out.length + ch.length > maxUnits || bytes + b > maxBytes) break;
    out += ch;
    bytes += b;
  }
  return out;
}

function tokenValues(meeting: Meeting, timeZone?: string): Record<FileNameToken, string> {
  const when = new Date(meeting.startAt ?? meeting.createdAt);
  const w = Number.isNaN(when.getTime()) ? null : wallClock(when, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    year: w ? String(w.year) : '',
    month: w ? pad(w.month) : '',
    day: w ? pad(w.day) : '',
    date: w ? isoDay(w) : '',
    department: meeting.department,
    project: meeting.series,
    title: meeting.title,
    host: meeting.host,
    version: `v${meeting.version}`,
  };
}

export function archiveFileName(meeting: Meeting, options: FileNameOptions = {}): string {
  const values = tokenValues(meeting, options.timeZone);
  const filled = (options.pattern ?? DEFAULT_PATTERN).replace(/\{(\w+)\}/g, (_, name: string) =>
    // Own keys only: `{constructor}` or `{toString}` must not find Object.prototype's members.
    Object.hasOwn(values, name) ? sanitizeFileName(values[name as FileNameToken]) : '',
  );
  const ext = (options.extension ?? '').replace(/^\./, '').replace(/[^A-Za-z0-9]/g, '');
  const suffix = ext ? `.${ext}` : '';
  const maxUnits = Math.max(1, (options.maxLength ?? 150) - suffix.length);
  let stem = sanitizeFileName(truncate(sanitizeFileName(filled), maxUnits, MAX_UTF8_BYTES));
  if (!stem) stem = sanitizeFileName(options.fallback ?? 'minutes') || 'minutes';
  if (RESERVED.test(stem.split('.')[0]!.trim())) stem = `_${stem}`;
  return stem + suffix;
}
