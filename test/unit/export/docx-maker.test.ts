import { afterEach, describe, expect, it, vi } from 'vitest';
import { endDocxWorker, makeDocx } from '../../../lib/adapters/docx-maker';
import { DOCX_MIME, docxBytes, exportDocx } from '../../../lib/export/docx';
import type { DocxStage } from '../../../lib/export/docxFile';
import { unzipXml } from '../../helpers/ooxml';
import { seedInput, TZ } from '../../helpers/seed';

/**
 * The Word file made off the main thread (lib/adapters/docx-maker.ts): the worker runs the same
 * exporter and hands the bytes back; where no worker can run, the page makes the same file. The
 * stages are told in order; the exporter's own failure is reported, not retried on the page.
 */

/** A stand-in for the browser's Worker that runs the real worker script's function in-process. */
function fakeWorker(behaviour: 'runs' | 'cannot start' | 'exporter fails') {
  return class {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: ((e: { message: string }) => void) | null = null;
    terminated = false;
    postMessage(data: { input: Parameters<typeof docxBytes>[0]; options: object }) {
      setTimeout(async () => {
        if (behaviour === 'cannot start') return this.onerror?.({ message: 'blocked' });
        if (behaviour === 'exporter fails') return this.onmessage?.({ data: { error: 'boom' } });
        const bytes = await docxBytes(structuredClone(data.input), data.options, (stage) =>
          this.onmessage?.({ data: { stage } }),
        );
        this.onmessage?.({ data: { bytes } });
      });
    }
    terminate() {
      this.terminated = true;
    }
  };
}

afterEach(() => {
  endDocxWorker();
  vi.unstubAllGlobals();
});

const input = seedInput('zh-CN');

describe('makeDocx', () => {
  it.each([
    ['in a worker', 'runs'],
    ['on the page when the worker cannot start', 'cannot start'],
    ['on the page where there are no workers', null],
  ] as const)('%s: the same file as exportDocx, its stages in order', async (_, worker) => {
    vi.stubGlobal('Worker', worker ? fakeWorker(worker) : undefined);
    const stages: DocxStage[] = [];
    const blob = await makeDocx(input, { timeZone: TZ }, (s) => stages.push(s));
    expect(blob.type).toBe(DOCX_MIME);
    expect(stages).toEqual(['outline', 'layout', 'pack']);
    const expected = await unzipXml(await exportDocx(input, { timeZone: TZ }));
    const parts = await unzipXml(blob);
    // docProps/core.xml holds the moment the file was made; every other part is the same.
    delete expected['docProps/core.xml'];
    delete parts['docProps/core.xml'];
    expect(parts).toEqual(expected);
  });

  it('keeps one worker for the next export', async () => {
    const Fake = fakeWorker('runs');
    const made = vi.fn();
    vi.stubGlobal(
      'Worker',
      class extends Fake {
        constructor() {
          super();
          made();
        }
      },
    );
    await makeDocx(input, { timeZone: TZ });
    await makeDocx(input, { timeZone: TZ });
    expect(made).toHaveBeenCalledTimes(1);
  });

  it("reports the exporter's own failure in the worker instead of retrying on the page", async () => {
    vi.stubGlobal('Worker', fakeWorker('exporter fails'));
    await expect(makeDocx(input, { timeZone: TZ })).rejects.toThrow('boom');
  });
});
