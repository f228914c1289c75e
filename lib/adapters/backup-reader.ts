/**
 * Adapter: reads and checks a backup file off the page's main thread. A 40 MB file took seconds
 * of JSON parsing and validation, during which the page could not paint or take a click; in a
 * dedicated worker the page stays live and gets the checked records back in one message. Where
 * workers are not available (tests, or a browser that refuses to start one) the same check runs
 * here, after a yield so the "checking" state is shown first.
 */
import { MAX_BACKUP_CHARS, parseBackup, type BackupParseResult } from '../export/json';

/** A string is at least a third as long as its UTF-8 bytes: a bigger file is too large, unread. */
export const tooLargeToRead = (file: Blob) => file.size > MAX_BACKUP_CHARS * 3;

function inWorker(file: Blob): Promise<BackupParseResult> {
  const worker = new Worker(new URL('./backup-reader.worker.ts', import.meta.url));
  return new Promise<BackupParseResult>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<BackupParseResult>) => resolve(e.data);
    worker.onerror = (e) => reject(new Error(e.message || 'the backup could not be checked'));
    worker.postMessage(file);
  }).finally(() => worker.terminate());
}

export async function readBackupFile(file: Blob): Promise<BackupParseResult> {
  if (tooLargeToRead(file)) return { ok: false, reason: 'too_large' };
  if (typeof Worker === 'function') {
    try {
      return await inWorker(file);
    } catch {
      // fall through: checked here instead
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  return parseBackup(await file.text());
}
