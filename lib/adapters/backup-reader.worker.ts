/**
 * The worker of lib/adapters/backup-reader.ts: gets the file, answers with the checked records
 * (or the reason the file is refused). The records travel as UTF-8 JSON in one transferred
 * buffer, with the end of each record: a message of objects, or even of strings, is rebuilt on
 * the page's main thread in one task (measured: 1–2 s for a 50 MB file), a transferred buffer
 * is handed over without copying and read there a slice at a time. Holds nothing between messages.
 */
import { parseBackup } from '../export/json';
import { packRecords } from './backup-pack';

const scope = self as unknown as {
  onmessage: (e: MessageEvent<Blob>) => void;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
};
scope.onmessage = async (e) => {
  const result = parseBackup(await e.data.text());
  if (!result.ok) return scope.postMessage(result, []);
  const meetings = packRecords(result.meetings);
  const actionItems = packRecords(result.actionItems);
  scope.postMessage({ ...result, meetings, actionItems }, [
    meetings.bytes.buffer,
    meetings.ends.buffer,
    actionItems.bytes.buffer,
    actionItems.ends.buffer,
  ]);
};
