/**
 * What the review tab and the print page need beyond the panel's services: earlier versions of
 * the minutes (IndexedDB, lib/adapters/shelf.ts) and the export preferences (`storage.local`). Entry points build it with
 * `reviewServices(browser)` and provide it (components/review/context.ts); tests pass fakes.
 */
import { browser } from 'wxt/browser';
import type { BackupParseResult } from '../export/json';
import type { DocxStage } from '../export/docxFile';
import type { ExportInput } from '../export/types';
import { readBackupFile } from './backup-reader';
import { makeDocx } from './docx-maker';
import { historyStore, type HistoryStore } from './history-store';
import { exportPrefsStore, type ExportPrefsStore } from './export-prefs';
import type { StorageLike } from './live-store';
import { shelves as browserShelves, type Shelves } from './shelf';
import type { SyncServices } from '../sync/status';
import { syncClient } from './sync-client';
import { versionStore, type VersionStore } from './versions';
import { webdavServices, type WebDavServices } from './webdav';

export interface ReviewServices {
  versions: VersionStore;
  prefs: ExportPrefsStore;
  /** Reads and checks a backup file, off the main thread where the browser allows. */
  readBackup: (file: Blob) => Promise<BackupParseResult>;
  /** The meetings' history and the preferences, for backups (lib/adapters/history-store.ts). */
  history: HistoryStore;
  /** Makes a Word file off the main thread where the browser allows, telling each stage. */
  makeDocx: (input: ExportInput, onStage: (stage: DocxStage) => void) => Promise<Blob>;
  /** The shared folder (WebDAV): connection, password, permission, client. */
  webdav: WebDavServices;
  /** Sync between computers: status, commands (lib/adapters/sync-client.ts). */
  sync: SyncServices;
}

export const reviewServices = (
  api: Pick<StorageLike, 'storage'>,
  shelves: Shelves = browserShelves(api),
  webdav: WebDavServices = webdavServices(api),
  sync: SyncServices = syncClient(api),
): ReviewServices => ({
  versions: versionStore(shelves),
  prefs: exportPrefsStore(api),
  readBackup: readBackupFile,
  history: historyStore(api, shelves),
  makeDocx: (input, onStage) => makeDocx(input, {}, onStage),
  webdav,
  sync,
});

let fromBrowser: ReviewServices | null = null;

/** The same, on this page's own `browser.storage`, for a page that did not provide them. */
export function browserReviewServices(): ReviewServices {
  fromBrowser ??= reviewServices(browser as unknown as StorageLike);
  return fromBrowser;
}
