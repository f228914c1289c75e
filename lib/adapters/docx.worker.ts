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
scope.onmessage = async (e) => {
  try {
    const bytes = await docxBytes(e.data.input, e.data.options, (stage) =>
      scope.postMessage({ stage }, []),
    );
    scope.postMessage({ bytes }, [bytes]);
  } catch (error) {
    scope.postMessage({ error: (error as Error)?.message ?? String(error) }, []);
  }
};
