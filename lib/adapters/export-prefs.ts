/**
 * Adapter: the user's export preferences in `storage.local`: the format of the one-click export
 * button and the archive file-name pattern. Parsed on every read; a damaged or missing value gives
 * the defaults (Word, `{year}-{department}-{project}-{title}-{date}`), never a broken button.
 * Watched, so the settings page and an open review tab show each other's changes.
 */
import * as z from 'zod/mini';
import { DEFAULT_PATTERN, MAX_PATTERN_LENGTH } from '../export/filename';
import { EXPORT_FORMATS } from '../export/formats';
import type { StorageLike } from './live-store';
import { storageItem } from './storage-item';

export const EXPORT_PREFS_KEY = 'exportPrefs';

export const ExportPrefs = z.object({
  defaultFormat: z._default(z.enum(EXPORT_FORMATS), 'docx'),
  fileNamePattern: z._default(
    z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_PATTERN_LENGTH)),
    DEFAULT_PATTERN,
  ),
});
export type ExportPrefs = z.infer<typeof ExportPrefs>;

export const DEFAULT_EXPORT_PREFS: ExportPrefs = ExportPrefs.parse({});

export interface ExportPrefsStore {
  read(): Promise<ExportPrefs>;
  /** Merges `patch` into the stored preferences; an invalid patch is refused (throws). */
  update(patch: Partial<ExportPrefs>): Promise<ExportPrefs>;
  /** Calls back with the preferences whenever any page changes them; returns the unsubscribe. */
  watch(listener: (prefs: ExportPrefs) => void): () => void;
}

export function exportPrefsStore(api: Pick<StorageLike, 'storage'>): ExportPrefsStore {
  const item = storageItem(api, EXPORT_PREFS_KEY, ExportPrefs, () => DEFAULT_EXPORT_PREFS);
  return {
    read: item.read,
    // Queued: two quick changes (format, then pattern) must not both read the old value.
    update: (patch) => item.update((current) => ExportPrefs.parse({ ...current, ...patch })),
    watch: item.watch,
  };
}
