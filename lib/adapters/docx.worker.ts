/**
 * The worker of lib/adapters/docx-maker.ts: gets the export's input (as an object: cloning it
 * cost the page 4–54 ms for the large meeting, its JSON text 9–78 ms), answers with each stage as
 * it starts, then the file's bytes (transferred, not copied), or the exporter's error. Kept for
 * the next export; holds nothing between messages.
 */
import { docxBytes } from '../export/docx';
import type { ExportInput, ExportOptions } from '../export/types';

const scope = self as unknown as {
  onmessage: (e: MessageEvent<{ input: ExportInput; options: ExportOptions }>) => void;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
};
/**
 * Runs `make` with this worker's clock reading `now`. The Word writer stamps the file's created
 * and modified time with `new Date()` and takes no option for it; the page's clock is the one the
 * export was asked at (`input.now`), so the file records that moment wherever it is made, and two
 * makings of one export are the same bytes (an archived copy and the download,
 * test/e2e/webdav.e2e.ts). Only this worker's global is changed, and only while it makes a file.
 */
async function at<T>(now: Date, make: () => Promise<T>): Promise<T> {
  const Real = Date;
  const time = now.getTime();
  class Pinned extends Real {
    constructor(...args: unknown[]) {
      super(...((args.length ? args : [time]) as [number]));
    }
    static override now = () => time;
  }
  globalThis.Date = Pinned as DateConstructor;
  try {
    return await make();
  } finally {
    globalThis.Date = Real;
  }
}

scope.onmessage = async (e) => {
  try {
    const bytes = await at(e.data.input.now, () =>
      docxBytes(e.data.input, e.data.options, (stage) => scope.postMessage({ stage }, [])),
    );
    scope.postMessage({ bytes }, [bytes]);
  } catch (error) {
    scope.postMessage({ error: (error as Error)?.message ?? String(error) }, []);
  }
};
