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

/**
 * One worker kept between exports (its script, the Word writer, is compiled once), ended after a
 * minute unused; a second export while one runs gets a worker of its own.
 */
let idle: { worker: Worker; timer: ReturnType<typeof setTimeout> } | null = null;
const IDLE_MS = 60_000;

function takeWorker(): Worker {
  if (!idle) return new Worker(new URL('./docx.worker.ts', import.meta.url));
  clearTimeout(idle.timer);
  const { worker } = idle;
  idle = null;
  return worker;
}

function putBack(worker: Worker) {
  if (idle) return worker.terminate();
  idle = { worker, timer: setTimeout(() => idle?.worker === worker && endDocxWorker(), IDLE_MS) };
}

/** Ends the worker kept for the next export (tests, which change what a Worker is). */
export function endDocxWorker() {
  idle?.worker.terminate();
  idle = null;
}

function inWorker(
  input: ExportInput,
  options: ExportOptions,
  onStage: (stage: DocxStage) => void,
): Promise<ArrayBuffer> {
  const worker = takeWorker();
  return new Promise<ArrayBuffer>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Reply>) => {
      const reply = e.data;
      if ('stage' in reply) return onStage(reply.stage);
      putBack(worker);
      if ('bytes' in reply) resolve(reply.bytes);
      else reject(new Error(reply.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new NoWorker(e.message || 'the Word file could not be made'));
    };
    worker.postMessage({ input, options });
  });
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
