import { exportLabels } from './labels';
import { planTable } from './plan';
import type { ExportInput } from './types';

/**
 * The 行动计划表 as CSV for Excel/WPS/Numbers: UTF-8 with a BOM (without it Excel on Windows reads
 * the Chinese as mojibake), CRLF record ends and RFC 4180 quoting. A spreadsheet runs a cell that
 * starts with = + - @ as a formula, so such cells get a leading `'`: the OWASP "CSV injection"
 * advice, and the quote is what Excel itself shows for text-typed cells. Spreadsheets skip or
 * trim what comes before the sign in ways that differ between programs and import settings, so
 * the sign counts after any run of blanks and control characters (a NUL, a line feed, a tab, an
 * ideographic space, a zero-width space, a BOM), and in its full-width form (＝ ＋ － ＠) that a
 * Chinese input method types; a cell starting with a NUL, tab, CR or LF is guarded whatever follows.
 */

// eslint-disable-next-line no-control-regex
const FORMULA_START = /^[\s\u0000-\u001F\u007F\u200B\uFEFF]*[=+\-@＝＋－＠]|^[\u0000\t\r\n]/;

export const neutraliseFormula = (cell: string): string =>
  FORMULA_START.test(cell) ? `'${cell}` : cell;

/** One RFC 4180 field: quoted when it holds a quote, comma or line break; quotes doubled. */
export function csvField(cell: string): string {
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvRecord = (cells: readonly string[]): string => cells.map(csvField).join(',');

export function exportCsv(input: Pick<ExportInput, 'items' | 'locale'>): string {
  const { columns, rows } = planTable(input.items, exportLabels(input.locale));
  return `\uFEFF${[columns, ...rows].map((r) => `${csvRecord(r)}\r\n`).join('')}`;
}
