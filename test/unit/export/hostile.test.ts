import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../lib/export/csv';
import { archiveFileName } from '../../../lib/export/filename';
import { exportHtml } from '../../../lib/export/html';
import { exportIcs } from '../../../lib/export/ics';
import { exportMarkdown } from '../../../lib/export/markdown';
import { exportPlainText } from '../../../lib/export/plainText';
import { events, parseIcs, prop, unescapeText } from '../../helpers/ics-parse';
import { parseCsv, parseHtml, unescapedCount } from '../../helpers/inspect';
import { seedInput, TZ } from '../../helpers/seed';
import { hostileInput } from '../../helpers/ooxml';

/**
 * Every text field of a meeting and its action plan holds one hostile string at a time; every
 * format must keep it as inert text: no markup, link, heading, formula or calendar property of
 * the user's making, and the text itself still there for the reader.
 */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '# heading',
  "=cmd|' /C calc'!A0",
  '+1',
  '-1',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '|',
  'x\r\nBEGIN:VEVENT\r\nUID:evil',
  '"\'&amp;\\;,',
];

const hostile = hostileInput;

/** What a reader should still see: the payload as the user typed it, up to edge whitespace. */
const visible = (p: string) => p.replace(/\r\n?/g, '\n').trim();
/** An iCalendar TEXT value holds no CR and no control characters but tab. */
const textValue = (s: string) =>
  s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
const headingCount = (md: string) => md.split('\n').filter((l) => /^#{1,6} /.test(l)).length;

describe.each(PAYLOADS)('hostile text %j', (p) => {
  const input = hostile(p);

  it('stays text in Markdown', () => {
    const md = exportMarkdown(input, { timeZone: TZ });
    expect(headingCount(md)).toBe(headingCount(exportMarkdown(seedInput('zh-CN'))));
    for (const line of md.split('\n')) {
      expect(unescapedCount(line.replace(/<br>/g, ''), '<'), line).toBe(0);
      expect(unescapedCount(line, '['), line).toBe(0);
      expect(line, 'a line the user started').not.toMatch(/^\s*([=+>]|-[^ -]|\d+[.)]\S)/);
      if (line.startsWith('|')) expect(unescapedCount(line, '|'), line).toBe(10);
    }
  });

  it('stays text in HTML', () => {
    const doc = parseHtml(exportHtml(input, { timeZone: TZ }));
    const allowed =
      'html head meta title style body h1 h2 h3 p ul ol li strong table thead tbody tr th td br footer';
    const tags = new Set([...doc.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
    expect([...tags].filter((t) => !allowed.split(' ').includes(t))).toEqual([]);
    for (const el of doc.querySelectorAll('*')) {
      expect(el.getAttributeNames().filter((a) => a.startsWith('on'))).toEqual([]);
    }
    expect(doc.title).toBe(`${visible(p).replace(/\s+/g, ' ')} - 跨部门协作会议纪要`);
    const cell = doc.querySelector('table.plan tbody td:nth-child(2)')!;
    const text = [...cell.childNodes]
      .map((n) => (n.nodeName === 'BR' ? '\n' : n.textContent))
      .join('');
    expect(text).toBe(visible(p));
  });

  it('keeps the text in plain text and guards the pasteable table', () => {
    const txt = exportPlainText(input, { timeZone: TZ });
    expect(txt).toContain(`会议名称:${visible(p).replace(/\n[ \t]*/g, '\n  ')}`);
    const lines = txt.split('\n');
    const start = lines.indexOf('【行动计划表】') + 1;
    const table = lines.slice(start, lines.indexOf('', start));
    expect(table).toHaveLength(4);
    for (const row of table) {
      const cells = row.split('\t');
      expect(cells).toHaveLength(9);
      for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('cannot run as a spreadsheet formula from the CSV', () => {
    const rows = parseCsv(exportCsv(input).slice(1));
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row).toHaveLength(9);
      for (const c of row) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows[1]![1]!.replace(/^'/, '')).toBe(p);
  });

  it('cannot add calendar properties or components', () => {
    const evs = events(parseIcs(exportIcs(input)));
    expect(evs).toHaveLength(4);
    expect(evs.map((e) => prop(e, 'UID')?.value)).toEqual([
      'ai-1@minutes-side-panel',
      'ai-2@minutes-side-panel',
      'ai-3@minutes-side-panel',
      'm-2026-q3-promo-next@minutes-side-panel',
    ]);
    const summary = unescapeText(prop(evs[0]!, 'SUMMARY')!.value);
    expect(summary).toBe(textValue(`${p.trim()} — ${p.trim()}`));
  });

  it('gives a file name that is legal everywhere', () => {
    const name = archiveFileName(input.meeting, { extension: 'md', timeZone: TZ });
    expect(name).toMatch(/^[^<>:"/\\|?*\p{Cc}]+\.md$/u);
    expect(name).not.toMatch(/^[-. ]|[. ]\.md$/);
  });
});
