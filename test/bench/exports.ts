import { performance } from 'node:perf_hooks';
import { exportCsv } from '../../lib/export/csv';
import { exportDocx } from '../../lib/export/docx';
import { exportHtml } from '../../lib/export/html';
import { exportIcs } from '../../lib/export/ics';
import { exportJson } from '../../lib/export/json';
import { exportMarkdown } from '../../lib/export/markdown';
import { exportPlainText } from '../../lib/export/plainText';
import { exportXlsx } from '../../lib/export/xlsx';
import type { ExportInput } from '../../lib/export/types';
import { largeMeeting } from './large';
import { stats } from './measure';

/** Each exporter on the large meeting, `runs` times after one warm-up, in Node (V8, like Chrome). */
export async function exportTimes(runs: number) {
  const { meeting, items } = largeMeeting();
  const input: ExportInput = { meeting, items, locale: 'zh-CN', now: new Date() };
  const formats: Record<string, () => unknown> = {
    markdown: () => exportMarkdown(input),
    html: () => exportHtml(input),
    text: () => exportPlainText(input),
    csv: () => exportCsv(input),
    ics: () => exportIcs(input),
    json: () => exportJson(input),
    docx: () => exportDocx(input),
    xlsx: () => exportXlsx(input),
  };
  const out: Record<string, ReturnType<typeof stats>> = {};
  for (const [name, run] of Object.entries(formats)) {
    await run();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await run();
      samples.push(performance.now() - t);
    }
    out[name] = stats(samples);
  }
  return out;
}
