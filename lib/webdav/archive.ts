import { wallClock } from '../export/dates';
import { sanitizeFileName } from '../export/filename';
import { exportFileName } from '../export/formats';
import type { Locale } from '../i18n';
import type { Meeting } from '../schema';
import { DavError, type DavClient } from './client';
import { ARCHIVE_FORMATS, type ArchiveFormat } from './formats';

/**
 * The archive in the shared folder: `<root>/<年份>/<部门>/<项目名称>/<archive name>`, the files the
 * one-click export makes (same exporter, same bytes) under the same names (lib/export/formats.ts).
 * A version after the first is named with its number (`-v2`), so it sits beside the earlier ones;
 * every upload is `If-None-Match: *`, so nothing already there is ever overwritten (found there
 * already is reported as such: an earlier upload of the same version).
 */
export { ARCHIVE_FORMATS, type ArchiveFormat } from './formats';

export interface ArchiveOptions {
  root: readonly string[];
  pattern: string;
  locale: Locale;
  /** Folder names when the meeting has no department or project. */
  fallback: { year: string; department: string; project: string };
  timeZone?: string;
}

export interface ArchiveFile {
  format: ArchiveFormat;
  folder: string[];
  name: string;
}

const segment = (value: string, fallback: string) => sanitizeFileName(value) || fallback;

export function archiveFolder(meeting: Meeting, o: ArchiveOptions): string[] {
  const when = new Date(meeting.startAt ?? meeting.createdAt);
  const year = Number.isNaN(when.getTime())
    ? o.fallback.year
    : String(wallClock(when, o.timeZone).year);
  return [
    ...o.root,
    year,
    segment(meeting.department, o.fallback.department),
    segment(meeting.series, o.fallback.project),
  ];
}

export function archiveFiles(
  meeting: Meeting,
  formats: readonly ArchiveFormat[],
  o: ArchiveOptions,
): ArchiveFile[] {
  const folder = archiveFolder(meeting, o);
  const naming = { pattern: o.pattern, locale: o.locale, timeZone: o.timeZone };
  return ARCHIVE_FORMATS.filter((f) => formats.includes(f)).map((format) => ({
    format,
    folder,
    name: exportFileName(meeting, format, { ...naming, earlier: meeting.version > 1 }),
  }));
}

export type FileOutcome =
  | { file: ArchiveFile; state: 'uploaded'; bytes: number }
  | { file: ArchiveFile; state: 'exists' }
  | { file: ArchiveFile; state: 'failed'; error: DavError }
  | { file: ArchiveFile; state: 'skipped' };

export interface ArchiveProgress {
  done: number;
  total: number;
  current: ArchiveFile | null;
}

/**
 * Uploads the files in order. The first failure stops the rest (reported as skipped): a wrong
 * password or a full disk would fail them all the same.
 */
export async function uploadArchive(
  client: DavClient,
  files: readonly ArchiveFile[],
  build: (format: ArchiveFormat) => Promise<Uint8Array>,
  onProgress: (p: ArchiveProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  let failed = false;
  const folders = new Set<string>();
  for (const file of files) {
    if (failed) {
      outcomes.push({ file, state: 'skipped' });
      continue;
    }
    onProgress({ done: outcomes.length, total: files.length, current: file });
    try {
      const key = file.folder.join('/');
      if (!folders.has(key)) await client.ensureFolder(file.folder, signal);
      folders.add(key);
      const data = await build(file.format);
      await client.put([...file.folder, file.name], data, { ifNoneMatch: true }, signal);
      outcomes.push({ file, state: 'uploaded', bytes: data.byteLength });
    } catch (e) {
      if (e instanceof DavError && e.kind === 'precondition') {
        outcomes.push({ file, state: 'exists' });
        continue;
      }
      failed = true;
      const error = e instanceof DavError ? e : new DavError('network', null, String(e));
      outcomes.push({ file, state: 'failed', error });
    }
  }
  onProgress({ done: files.length, total: files.length, current: null });
  return outcomes;
}

/** Folder names for a meeting without a year, department or project, in the export's language. */
export const FALLBACK_FOLDERS: Record<Locale, ArchiveOptions['fallback']> = {
  'zh-CN': { year: '未知年份', department: '未分部门', project: '未命名项目' },
  en: { year: 'no-year', department: 'no-department', project: 'no-project' },
};
