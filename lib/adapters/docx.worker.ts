/**
 * The worker of lib/adapters/docx-maker.ts: gets the export's input, answers with each stage as
 * it starts, then the file's bytes (transferred, not copied), or the exporter's error. Holds
 * nothing between messages.
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
