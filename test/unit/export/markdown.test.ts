import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exportMarkdown } from '../../../lib/export/markdown';
import { unescapedCount } from '../../helpers/inspect';
import { seedInput, TZ } from '../../helpers/seed';

describe('Markdown export', () => {
  it.each([
    ['plain 文字', 'plain 文字'],
    ['# heading', '\\# heading'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![i](x.png)', '!\\[i\\](x.png)'],
    ['a | b', 'a \\| b'],
    ['*bold* _it_ ~del~ `code`', '\\*bold\\* \\_it\\_ \\~del\\~ \\`code\\`'],
    ['&amp;', '\\&amp;'],
    ['back\\slash', 'back\\\\slash'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['> quote', '\\> quote'],
    ['=1', '\\=1'],
    ['1. first', '1\\. first'],
    ['line1\nline2\r\n  # line3', 'line1<br>line2<br>\\# line3'],
    ['  padded  ', 'padded'],
    ['3% vs 目标5%(a-b)', '3% vs 目标5%(a-b)'],
  ])('escapes %j', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });

  it('renders the action plan as a pipe table with one cell per column', () => {
    const md = exportMarkdown(seedInput('zh-CN'), { timeZone: TZ });
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(5);
    expect(rows[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of rows) expect(unescapedCount(row, '|')).toBe(10);
    expect(rows[4]).toContain('延期原因:等待市场部投放计划明细<br>调整后时间:2026-03-11');
  });

  it('keeps pipes and line breaks of user text inside their cell', () => {
    const input = seedInput('en');
    input.items[0] = { ...input.items[0]!, task: 'a | b\nc', notes: 'x\\|y' };
    const row = exportMarkdown(input)
      .split('\n')
      .find((l) => l.startsWith('| 1 |'))!;
    expect(unescapedCount(row, '|')).toBe(10);
    expect(row).toContain('| a \\| b<br>c |');
    expect(row).toContain('| x\\\\\\|y |');
  });
});
