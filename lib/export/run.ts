import type { ExportFormat } from './formats';
import type { ExportInput, ExportOptions } from './types';

/**
 * One export, by format, with each exporter loaded by a dynamic import the first time it is used:
 * the panel's start-up code holds none of them (the Word writer alone is larger than the whole
 * panel). What comes back says what to do with it: save a file, put rich text on the clipboard, or
 * open the print page (PDF is printed by the browser, which has the CJK fonts; see the print page).
 */
export type ExportResult =
  | { kind: 'file'; data: Blob }
  | { kind: 'clipboard'; html: string; text: string }
  | { kind: 'print' };

const UTF8 = ';charset=utf-8';
const file = (text: string, type: string): ExportResult => ({
  kind: 'file',
  data: new Blob([text], { type: type + UTF8 }),
});

export async function runExport(
  format: ExportFormat,
  input: ExportInput,
  options: ExportOptions = {},
): Promise<ExportResult> {
  switch (format) {
    case 'docx':
      return { kind: 'file', data: await (await import('./docx')).exportDocx(input, options) };
    case 'xlsx':
      return { kind: 'file', data: await (await import('./xlsx')).exportXlsx(input, options) };
    case 'markdown':
      return file((await import('./markdown')).exportMarkdown(input, options), 'text/markdown');
    case 'html':
      return file((await import('./html')).exportHtml(input, options), 'text/html');
    case 'csv':
      return file((await import('./csv')).exportCsv(input), 'text/csv');
    case 'ics':
      return file((await import('./ics')).exportIcs(input), 'text/calendar');
    case 'json':
      return file((await import('./json')).exportJson(input), 'application/json');
    case 'rich':
      return { kind: 'clipboard', ...(await import('./clipboard')).exportRichText(input, options) };
    case 'pdf':
      return { kind: 'print' };
  }
}
