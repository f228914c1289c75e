/**
 * Adapter: makes a Word file off the page's main thread. The large meeting's file takes seconds
 * of layout and zipping (test/bench/exports.ts), and in the page that was one long task: no
 * paint, no click, no keystroke until the download. In a dedicated worker the page stays live
 * and shows each stage. Where workers are not available (tests, or a browser that refuses to
 * start one) the same exporter runs here; the bytes are the same either way (lib/export/docx.ts).
 */
import { DOCX_MIME, type DocxStage } from '../export/docxFile';
import type { ExportInput, ExportOptions } from '../export/types';

type Reply = { stage: DocxStage } | { bytes: ArrayBuffer } | { error: string };

/** The worker could not run (not the exporter failing in it): the page makes the file itself. */
class NoWorker extends Error {}

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

function inWorker(
  input: ExportInput,
  options: ExportOptions,
  onStage: (stage: DocxStage) => void,
): Promise<ArrayBuffer> {
  const worker = new Worker(new URL('./docx.worker.ts', import.meta.url));
  return new Promise<ArrayBuffer>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Reply>) => {
      const reply = e.data;
      if ('stage' in reply) onStage(reply.stage);
      else if ('bytes' in reply) resolve(reply.bytes);
      else reject(new Error(reply.error));
    };
    worker.onerror = (e) => reject(new NoWorker(e.message || 'the Word file could not be made'));
    worker.postMessage({ input, options });
  }).finally(() => worker.terminate());
}

export async function makeDocx(
  input: ExportInput,
  options: ExportOptions = {},
  onStage: (stage: DocxStage) => void = () => {},
): Promise<Blob> {
  if (typeof Worker === 'function') {
    try {
      return new Blob([await inWorker(input, options, onStage)], { type: DOCX_MIME });
    } catch (error) {
      if (!(error instanceof NoWorker)) throw error;
    }
  }
  await yieldToPage();
  const { docxBytes } = await import('../export/docx');
  return new Blob([await docxBytes(input, options, onStage)], { type: DOCX_MIME });
}
