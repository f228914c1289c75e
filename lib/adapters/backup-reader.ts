/**
 * Adapter: reads and checks a backup file off the page's main thread. A 40 MB file took seconds
 * of JSON parsing and validation, during which the page could not paint or take a click; in a
 * dedicated worker the page stays live. The checked records come back packed in one transferred
 * buffer and are turned back into objects here a slice at a time (lib/adapters/backup-pack.ts),
 * so no single task holds the page long (measured: test/bench/restore.run.ts). Where workers
 * are not available (tests, or a browser that refuses to start one) the same check runs here.
 */
import type { ActionItem, Meeting } from '../schema';
import { MAX_BACKUP_CHARS, parseBackup, type BackupParseResult } from '../export/json';
import { unpackRecords, type Packed } from './backup-pack';

type Ok = Extract<BackupParseResult, { ok: true }>;
type Reply =
  | (Omit<Ok, 'meetings' | 'actionItems'> & { meetings: Packed; actionItems: Packed })
  | Exclude<BackupParseResult, Ok>;

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A string is at least a third as long as its UTF-8 bytes: a bigger file is too large, unread. */
export const tooLargeToRead = (file: Blob) => file.size > MAX_BACKUP_CHARS * 3;

async function inWorker(file: Blob): Promise<BackupParseResult> {
  const worker = new Worker(new URL('./backup-reader.worker.ts', import.meta.url));
  const reply = await new Promise<Reply>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Reply>) => resolve(e.data);
    worker.onerror = (e) => reject(new Error(e.message || 'the backup could not be checked'));
    worker.postMessage(file);
  }).finally(() => worker.terminate());
  if (!reply.ok) return reply;
  return {
    ...reply,
    meetings: await unpackRecords<Meeting>(reply.meetings),
    actionItems: await unpackRecords<ActionItem>(reply.actionItems),
  };
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
  await yieldToPage();
  return parseBackup(await file.text());
}
