import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../lib/export/csv';
import type { ExportInput } from '../../../lib/export/types';
import { exportXlsx, safeCell, XLSX_MIME } from '../../../lib/export/xlsx';
import { parseCsv } from '../../helpers/inspect';
import { hostileInput, inert, parseXml, PAYLOADS, tags, unzipXml } from '../../helpers/ooxml';
import { seedInput, TZ } from '../../helpers/seed';

/** The Excel export, read back from the workbook's XML: cells resolved as Excel resolves them. */

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included). */
const isoDay = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

async function open(input: ExportInput) {
  const blob = await exportXlsx(input, { timeZone: TZ });
  const parts = await unzipXml(blob);
  const strings = tags(parseXml(parts['xl/sharedStrings.xml'] ?? '<sst/>'), 'si').map(
    (si) => si.textContent ?? '',
  );
  const styles = parseXml(parts['xl/styles.xml']!);
  const xfs = tags(tags(styles, 'cellXfs')[0]!, 'xf');
  const formats = new Map(
    tags(styles, 'numFmt').map((f) => [f.getAttribute('numFmtId'), f.getAttribute('formatCode')]),
  );
  /** Each sheet as rows of cells: shared strings looked up, dates (by their format) as ISO days. */
  const sheet = (n: number) => {
    const doc = parseXml(parts[`xl/worksheets/sheet${n}.xml`]!, `sheet${n}`);
    return tags(doc, 'row').map((row) =>
      tags(row, 'c').map((c) => {
        const v = tags(c, 'v')[0]?.textContent ?? '';
        const xf = xfs[Number(c.getAttribute('s') ?? 0)];
        const bold = tags(styles, 'font')[Number(xf?.getAttribute('fontId') ?? 0)];
        const format = formats.get(xf?.getAttribute('numFmtId') ?? '') ?? '';
        const value =
          c.getAttribute('t') === 's'
            ? strings[Number(v)]!
            : format.includes('yy') && v
              ? isoDay(Number(v))
              : v;
        const type = c.getAttribute('t');
        return { value, type, bold: tags(bold!, 'b').length > 0, format, ref: c.getAttribute('r') };
      }),
    );
  };
  return { blob, parts, sheet };
}

describe.each(['zh-CN', 'en'] as const)('Excel export of the seed action plan (%s)', (lang) => {
  const input = seedInput(lang);

  it('holds the CSV export’s rows, with a bold header and real dates', async () => {
    const { blob, sheet } = await open(input);
    expect(blob.type).toBe(XLSX_MIME);
    const rows = sheet(1);
    expect(rows.map((r) => r.map((c) => c.value))).toEqual(parseCsv(exportCsv(input).slice(1)));
    expect(rows[0]!.every((c) => c.bold)).toBe(true);
    expect(rows[1]!.some((c) => c.bold)).toBe(false);
    rows.slice(1).forEach((row, i) => {
      expect(row[3]).toMatchObject({ ref: `D${i + 2}`, value: input.items[i]!.ownerName });
      expect(row[5]).toMatchObject({ ref: `F${i + 2}`, value: input.items[i]!.dueDate });
      expect(row[5]!.format).toBe('yyyy-mm-dd');
    });
    if (lang === 'zh-CN') expect(rows[0]![5]!.value).toBe('计划完成时间');
  });

  it('freezes the header row, sets widths, names the sheets and has no formulas', async () => {
    const { parts } = await open(input);
    const sheet1 = parts['xl/worksheets/sheet1.xml']!;
    const pane = tags(parseXml(sheet1), 'pane')[0]!;
    expect([pane.getAttribute('state'), pane.getAttribute('ySplit')]).toEqual(['frozen', '1']);
    expect(sheet1.match(/<col [^>]*customWidth="1"/g)).toHaveLength(9);
    const names = tags(parseXml(parts['xl/workbook.xml']!), 'sheet').map((s) =>
      s.getAttribute('name'),
    );
    expect(names).toEqual(
      lang === 'zh-CN' ? ['行动计划表', '会议基本信息'] : ['Action plan', 'Meeting'],
    );
    for (const [path, part] of Object.entries(parts)) {
      parseXml(part, path);
      expect(part, path).not.toMatch(/<f[ >]/);
    }
  });

  it('puts the basic information on a second sheet', async () => {
    const info = (await open(input)).sheet(2).map((r) => r.map((c) => c.value));
    expect(info.every((r) => r.length === 2)).toBe(true);
    if (lang === 'zh-CN') {
      expect(info.map(([label]) => label)).toEqual(
        ['会议名称', '会议核心目标', '会议时间', '会议地点', '主持人', '记录人'].concat([
          '参会部门及人员',
          '缺席人员及原因',
        ]),
      );
      expect(info[0]).toEqual(['会议名称', '项目Q3推广跨部门协作会']);
      expect(info[6]![1]).toBe('市场部:A、B\n销售部:C、钱七(代王五)\n产品部:E\n财务部:F');
    }
  });
});

describe('days Excel cannot show as dates (issue 13)', () => {
  /** The due-date cells as written: their type and raw value (a serial, or a shared string). */
  async function dueCells(days: string[]) {
    const base = seedInput('en');
    const items = days.map((dueDate, i) => ({ ...base.items[0]!, id: `d${i}`, dueDate }));
    const { parts } = await open({ ...base, items });
    const strings = tags(parseXml(parts['xl/sharedStrings.xml'] ?? '<sst/>'), 'si').map(
      (si) => si.textContent ?? '',
    );
    const doc = parseXml(parts['xl/worksheets/sheet1.xml']!);
    return tags(doc, 'c')
      .filter((c) => /^F[2-9]/.test(c.getAttribute('r') ?? ''))
      .map((c) => {
        const v = tags(c, 'v')[0]?.textContent ?? '';
        return c.getAttribute('t') === 's' ? { text: strings[Number(v)] } : { serial: Number(v) };
      });
  }

  it('writes days before 1900 as their text, never as a negative serial (#####)', async () => {
    expect(await dueCells(['1899-12-31', '1000-01-01'])).toEqual([
      { text: '1899-12-31' },
      { text: '1000-01-01' },
    ]);
  });

  it('puts 1900-02-28 on serial 59, not on the 1900-02-29 that Excel invents at 60', async () => {
    // Excel counts 1900 as a leap year: serial 60 is a 29 February that never was, so the days
    // before it sit one lower than the plain count from 1899-12-30.
    expect(await dueCells(['1900-01-01', '1900-02-28', '1900-03-01', '9999-12-31'])).toEqual([
      { serial: 1 },
      { serial: 59 },
      { serial: 61 },
      { serial: 2958465 },
    ]);
  });
});

describe('text cells of the workbook', () => {
  // String cells never run as formulas: the CSV's leading ' would show in Excel, so it is not here.
  it.each([
    ['=1+1', '=1+1'],
    ['\u0001=1', '=1'],
    ['\r=1', '\n=1'],
    ['a\r\nb', 'a\nb'],
    ['a=b', 'a=b'],
  ])('%j → %j', (cell, expected) => expect(safeCell(cell)).toBe(expected));
});

describe.each(PAYLOADS)('hostile text %j in the Excel export', (p) => {
  it('stays inert text in well-formed XML', async () => {
    const { parts, sheet } = await open(hostileInput(p));
    for (const [path, part] of Object.entries(parts)) {
      expect(part, path).not.toContain('<script');
      expect(part, path).not.toContain(']]>');
      expect(part, path).not.toMatch(/<f[ >]/);
      parseXml(part, path);
    }
    const [plan, info] = [sheet(1), sheet(2)];
    expect(plan).toHaveLength(4);
    // Text as typed, in string cells (never formulas, no <f> above), typed Text for edits.
    for (const cell of [plan[1]![1]!, plan[1]![3]!, info[0]![1]!]) {
      expect(cell).toMatchObject({ type: 's', format: '@' });
    }
    expect(plan[1]![1]!.value).toBe(inert(p));
    expect(plan[1]![3]!.value).toBe(inert(p));
    expect(plan[1]![5]!.value).toBe('2026-03-20');
    expect(info[0]![1]!.value.trim()).toBe(inert(p).trim());
  });
});
