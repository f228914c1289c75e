import writeXlsxFile, {
  type Cell,
  type CellObject,
  type SheetData,
} from 'write-excel-file/universal';
import { exportLabels } from './labels';
import { buildOutline } from './outline';
import { planTable } from './plan';
import type { ExportInput, ExportOptions } from './types';
import { stripIllegalXml } from './xmlText';

/**
 * The 行动计划表 as an Excel workbook: the CSV export's columns and cells (`planTable`), a bold
 * header row frozen above the scroll, set widths, wrapped text; a second sheet holds the meeting's
 * basic information. Loaded only by a dynamic import, through the library's `/universal` entry,
 * which builds a Blob without Node APIs, so it runs in an extension page and in vitest alike.
 *
 * Every text cell is a string cell, which Excel never runs as a formula, typed Text (`@`) so that
 * a cell edited and re-entered stays text. Its text is written as typed: the CSV's guard (a
 * leading `'`, lib/export/csv.ts) would show here as a visible apostrophe before "=…".
 *
 * 计划完成时间 is a real date shown as yyyy-mm-dd: it reads exactly like the CSV, yet the plan
 * sorts and filters by date and "overdue" rules or DATEDIF work on it. A calendar day has no
 * zone, so it is written as that day's UTC midnight, which is the serial Excel means by it.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Column widths in characters, in `planTable` order (序号 … 备注). */
const PLAN_WIDTHS = [6, 36, 12, 10, 18, 14, 26, 10, 36];
const DUE_COLUMN = 5;
const INFO_SHEET = { 'zh-CN': '会议基本信息', en: 'Meeting' } as const;

const BORDER = { borderStyle: 'thin', borderColor: '#999999' } as const;

/** Text as XML can hold it, with Excel's line ends. */
export const safeCell = (text: string): string => stripIllegalXml(text).replace(/\r\n?/g, '\n');

const header = (text: string): CellObject => ({
  ...BORDER,
  value: safeCell(text),
  fontWeight: 'bold',
  backgroundColor: '#EEEEEE',
  alignVertical: 'center',
  wrap: true,
});

const text = (value: string): CellObject => ({
  ...BORDER,
  type: String,
  value: safeCell(value),
  format: '@',
  alignVertical: 'top',
  wrap: true,
});

const DAY_MS = 86_400_000;
/** Excel's first day; before it, a serial is zero or negative and shows as #####. */
const EXCEL_FIRST_DAY = Date.UTC(1900, 0, 1);
/** Excel takes 1900 for a leap year: serial 60 is its 29 February, which never was. */
const EXCEL_FAKE_LEAP_DAY = Date.UTC(1900, 2, 1);

/**
 * A YYYY-MM-DD day as an Excel date. The library counts serials from 1899-12-30, which is right
 * from 1900-03-01 on; the days of January and February 1900 go one day earlier to land on
 * Excel's own serials (1900-02-28 is 59, not the invented 1900-02-29), and a day before 1900,
 * which Excel cannot show as a date, is its text, as is anything that is not a day.
 */
function day(value: string): CellObject {
  const time = Date.parse(`${value}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(time) || time < EXCEL_FIRST_DAY) {
    return text(value);
  }
  const date = new Date(time < EXCEL_FAKE_LEAP_DAY ? time - DAY_MS : time);
  return { ...BORDER, type: Date, value: date, format: 'yyyy-mm-dd', alignVertical: 'top' };
}

function planSheet(input: ExportInput): SheetData {
  const { columns, rows } = planTable(input.items, exportLabels(input.locale));
  const body = rows.map((cells, r): Cell[] =>
    cells.map((c, i) => {
      if (i === 0) return { ...BORDER, type: Number, value: r + 1, alignVertical: 'top' };
      if (i === DUE_COLUMN) return c ? day(c) : text('');
      return text(c);
    }),
  );
  return [columns.map(header), ...body];
}

/** 会议名称 … 缺席人员及原因 from the outline, so it says what the minutes say. */
function infoSheet(input: ExportInput, options: ExportOptions): SheetData {
  const outline = buildOutline(input, options);
  const fields = outline.sections[0]?.blocks.find((b) => b.type === 'fields');
  const rows = fields?.type === 'fields' ? fields.rows : [];
  return rows.map(({ label, lines }) => [header(label), text(lines.join('\n'))]);
}

export async function exportXlsx(input: ExportInput, options: ExportOptions = {}): Promise<Blob> {
  const L = exportLabels(input.locale);
  return writeXlsxFile(
    [
      {
        sheet: L.actionPlan,
        data: planSheet(input),
        columns: PLAN_WIDTHS.map((width) => ({ width })),
        stickyRowsCount: 1,
      },
      {
        sheet: INFO_SHEET[input.locale],
        data: infoSheet(input, options),
        columns: [{ width: 18 }, { width: 80 }],
      },
    ],
    { fontFamily: 'Calibri', fontSize: 11 },
  ).toBlob();
}
