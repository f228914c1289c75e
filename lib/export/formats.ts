import type { Locale } from '../i18n';
import type { Meeting } from '../schema';
import { archiveFileName } from './filename';

/**
 * The export formats the panel offers, and the archive name each one gets. Kept apart from the
 * exporters themselves so the panel can list and name them without loading any of them.
 */
export const EXPORT_FORMATS = [
  'docx',
  'pdf',
  'markdown',
  'html',
  'xlsx',
  'csv',
  'ics',
  'rich',
  'json',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension of each format that saves a file (pdf prints, rich copies). */
export const EXTENSIONS: Partial<Record<ExportFormat, string>> = {
  docx: 'docx',
  markdown: 'md',
  html: 'html',
  xlsx: 'xlsx',
  csv: 'csv',
  ics: 'ics',
  json: 'json',
};

/** The action plan alone (行动计划表, the minutes' attachment): named as such after the stem. */
const PLAN_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];
const PLAN_SUFFIX: Record<Locale, string> = { 'zh-CN': '行动计划表', en: 'action-plan' };

export interface NameOptions {
  /** The archive pattern (DEFAULT_PATTERN unless the user chose another). */
  pattern: string;
  /** The export's language, for the words added to the name. */
  locale: Locale;
  /** An earlier version: its number is added when the pattern does not say it already. */
  earlier?: boolean;
  timeZone?: string;
}

/** `2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02.docx`, safe on every OS. */
export function exportFileName(meeting: Meeting, format: ExportFormat, o: NameOptions): string {
  let pattern = o.pattern;
  if (o.earlier && !pattern.includes('{version}')) pattern += '-{version}';
  if (PLAN_FORMATS.includes(format)) pattern += `-${PLAN_SUFFIX[o.locale]}`;
  return archiveFileName(meeting, {
    pattern,
    extension: EXTENSIONS[format] ?? '',
    timeZone: o.timeZone,
    fallback: meeting.title || 'minutes',
  });
}

/** The `{tokens}` of a pattern that the file names do not know (they would come out empty). */
export function unknownTokens(pattern: string, known: readonly string[]): string[] {
  const found = [...pattern.matchAll(/\{(\w*)\}/g)].map((m) => m[1]!);
  return [...new Set(found.filter((name) => !known.includes(name)))];
}
