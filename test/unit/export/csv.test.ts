import { describe, expect, it } from 'vitest';
import { csvField, exportCsv, neutraliseFormula } from '../../../lib/export/csv';
import { parseCsv } from '../../helpers/inspect';
import { seedInput } from '../../helpers/seed';

describe('CSV export of the action plan', () => {
  it.each(['zh-CN', 'en'] as const)('%s: BOM, CRLF records, one row per item', (lang) => {
    const csv = exportCsv(seedInput(lang));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(9);
  });

  it('uses the template columns and statuses', () => {
    const [header, , , delayed] = parseCsv(exportCsv(seedInput('zh-CN')).slice(1));
    expect(header).toEqual([
      '序号',
      '行动任务',
      '负责部门',
      '负责人',
      '协作部门',
      '计划完成时间',
      '所需支持/资源',
      '状态',
      '备注',
    ]);
    expect(delayed?.[7]).toBe('延期');
    expect(delayed?.[8]).toBe('延期原因:等待市场部投放计划明细\n调整后时间:2026-03-11');
  });

  it('writes a header only for a meeting without items', () => {
    expect(exportCsv({ ...seedInput('en'), items: [] }).split('\r\n')).toHaveLength(2);
  });

  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['\u0000=1+1', "'\u0000=1+1"],
    ['\u0000', "'\u0000"],
    ['\n=1+1', '"\'\n=1+1"'],
    ['\r\n=cmd', '"\'\r\n=cmd"'],
    [' =1+1', "' =1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['\u00A0+1', "'\u00A0+1"],
    ['\uFEFF=1', "'\uFEFF=1"],
    ['\u200B=1', "'\u200B=1"],
    ['\u000B=1', "'\u000B=1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['%0A=1', '%0A=1'],
    ['1-1', '1-1'],
    ['a=b', 'a=b'],
    ['邮箱@公司', '邮箱@公司'],
  ])('field %j → %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
    expect(parseCsv(`${expected}\r\n`)).toEqual([[neutraliseFormula(cell)]]);
  });
});
