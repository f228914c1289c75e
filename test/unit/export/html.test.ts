import { describe, expect, it } from 'vitest';
import { escapeHtml, exportHtml } from '../../../lib/export/html';
import { parseHtml } from '../../helpers/inspect';
import { seedInput, TZ } from '../../helpers/seed';

describe('HTML export', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<b>', '&lt;b&gt;'],
    ['"quoted"', '&quot;quoted&quot;'],
    ["it's", 'it&#39;s'],
    ['&lt;', '&amp;lt;'],
    ['纪要', '纪要'],
  ])('escapes %j', (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });

  it.each(['zh-CN', 'en'] as const)('%s: is a complete document with real tables', (lang) => {
    const html = exportHtml(seedInput(lang), { timeZone: TZ });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="' + lang + '">')).toBe(true);
    const doc = parseHtml(html);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('style')?.textContent).toContain('size: A4');
    const plan = doc.querySelector('table.plan')!;
    expect(plan.querySelectorAll('thead th')).toHaveLength(9);
    expect(plan.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(doc.querySelectorAll('table.fields th[scope="row"]').length).toBeGreaterThanOrEqual(8);
    expect(doc.querySelectorAll('h3')).toHaveLength(5);
  });

  it('names the document after the meeting (the default PDF name when printing)', () => {
    const doc = parseHtml(exportHtml(seedInput('zh-CN')));
    expect(doc.title).toBe('项目Q3推广跨部门协作会 - 跨部门协作会议纪要');
  });
});
