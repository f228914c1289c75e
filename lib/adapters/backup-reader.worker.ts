/**
 * The worker of lib/adapters/backup-reader.ts: gets the file, answers with the checked records
 * (or the reason the file is refused). Holds nothing between messages.
 */
import { parseBackup } from '../export/json';

const scope = self as unknown as {
  onmessage: (e: MessageEvent<Blob>) => void;
  postMessage: (message: unknown) => void;
};
scope.onmessage = async (e) => scope.postMessage(parseBackup(await e.data.text()));
