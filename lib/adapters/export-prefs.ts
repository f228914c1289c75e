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

const parse = (stored: unknown): ExportPrefs => {
  const parsed = ExportPrefs.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_EXPORT_PREFS;
};

export function exportPrefsStore(api: Pick<StorageLike, 'storage'>): ExportPrefsStore {
  const local = api.storage.local;
  const read = async () => parse((await local.get(EXPORT_PREFS_KEY))[EXPORT_PREFS_KEY]);
  // Updates run one after another: two quick changes (format, then pattern) must not both read
  // the old value and the second write drop the first.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    read,
    update(patch) {
      const run = queue.then(async () => {
        const next = ExportPrefs.parse({ ...(await read()), ...patch });
        await local.set({ [EXPORT_PREFS_KEY]: next });
        return next;
      });
      queue = run.catch(() => {});
      return run;
    },
    watch(listener) {
      const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[EXPORT_PREFS_KEY];
        if (area === 'local' && change) listener(parse(change.newValue));
      };
      api.storage.onChanged.addListener(onChange);
      return () => api.storage.onChanged.removeListener(onChange);
    },
  };
}
