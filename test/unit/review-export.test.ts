import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderClipboardHtml } from '../../lib/export/clipboard';
import { DEFAULT_PATTERN, FILENAME_TOKENS } from '../../lib/export/filename';
import { EXPORT_FORMATS, exportFileName, unknownTokens } from '../../lib/export/formats';
import { buildOutline } from '../../lib/export/outline';
import { parsePrintRoute, printPath } from '../../lib/export/printRoute';
import { runExport } from '../../lib/export/run';
import { seedInput, seedMeetingFor, TZ } from '../helpers/seed';

const zh = { pattern: DEFAULT_PATTERN, locale: 'zh-CN' as const, timeZone: TZ };

describe('export file names (archive convention 年份-部门-项目名称-会议名称-日期)', () => {
  const m = seedMeetingFor('zh-CN');
  it.each([
    ['docx', '2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02.docx'],
    ['markdown', '2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02.md'],
    ['html', '2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02.html'],
    ['xlsx', '2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02-行动计划表.xlsx'],
    ['csv', '2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02-行动计划表.csv'],
    ['ics', '2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02.ics'],
    ['json', '2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02.json'],
    ['pdf', '2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02'],
  ] as const)('%s → %s', (format, name) => {
    expect(exportFileName(m, format, zh)).toBe(name);
  });

  it('names the plan in the export language and an earlier version by number', () => {
    expect(exportFileName(m, 'csv', { ...zh, locale: 'en' })).toMatch(
      /-2026-03-02-action-plan\.csv$/,
    );
    expect(exportFileName({ ...m, version: 2 }, 'docx', { ...zh, earlier: true })).toMatch(
      /-2026-03-02-v2\.docx$/,
    );
    expect(exportFileName(m, 'docx', { ...zh, pattern: '{version}-{title}', earlier: true })).toBe(
      'v1-项目Q3推广跨部门协作会.docx',
    );
  });

  it('stays a legal name on Windows, macOS and Linux whatever was typed', () => {
    const hostile = {
      ...m,
      title: '../../etc/passwd <script>:*?"|\u202Egpj.exe',
      department: 'CON',
      series: '  ..  ',
    };
    const name = exportFileName(hostile, 'docx', { ...zh, pattern: '{department}-{title}' });
    // eslint-disable-next-line no-control-regex
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001F\u202E]/);
    expect(name).toMatch(/^_?CON-/);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('lists the placeholders a pattern uses that are not known', () => {
    expect(unknownTokens(DEFAULT_PATTERN, FILENAME_TOKENS)).toEqual([]);
    expect(unknownTokens('{year}-{owner}-{}-{owner}', FILENAME_TOKENS)).toEqual(['owner', '']);
  });
});

describe('print route', () => {
  it('round-trips meeting, language and version', () => {
    const path = printPath({ meetingId: 'm-1', locale: 'en', version: 2 });
    expect(path).toBe('/print.html#meeting=m-1&locale=en&version=2');
    expect(parsePrintRoute(path.split('#')[1]!)).toEqual({
      meetingId: 'm-1',
      locale: 'en',
      version: 2,
    });
  });

  it.each([
    ['', { meetingId: null, locale: null, version: null }],
    ['#meeting=a&locale=fr&version=0', { meetingId: 'a', locale: null, version: null }],
    ['#meeting=' + 'x'.repeat(65), { meetingId: null, locale: null, version: null }],
    ['#meeting=a&version=1e3', { meetingId: 'a', locale: null, version: null }],
    ['#meeting=a&version=-1&locale=zh-CN', { meetingId: 'a', locale: 'zh-CN', version: null }],
  ])('a malformed hash %j keeps only what is valid', (hash, expected) => {
    expect(parsePrintRoute(hash)).toEqual(expected);
  });
});

describe('runExport: one entry for every format, each loaded on demand', () => {
  const input = seedInput('zh-CN');
  it.each(EXPORT_FORMATS.filter((f) => f !== 'rich' && f !== 'pdf'))(
    '%s gives a non-empty file',
    async (format) => {
      const result = await runExport(format, input, { timeZone: TZ });
      expect(result.kind).toBe('file');
      if (result.kind !== 'file') return;
      const bytes = new Uint8Array(await result.data.arrayBuffer());
      expect(bytes.length).toBeGreaterThan(100);
      if (format === 'docx' || format === 'xlsx') {
        expect(Object.keys(unzipSync(bytes)).length).toBeGreaterThan(3);
      } else {
        expect(result.data.type).toMatch(/;charset=utf-8$/);
        expect(new TextDecoder().decode(bytes)).toContain(format === 'csv' ? '行动任务' : '');
      }
    },
  );

  it('PDF is the print page; rich text is HTML and plain text', async () => {
    expect(await runExport('pdf', input)).toEqual({ kind: 'print' });
    const rich = await runExport('rich', input, { timeZone: TZ });
    if (rich.kind !== 'clipboard') throw new Error(rich.kind);
    expect(rich.html).toContain('<table');
    expect(rich.html).toContain('行动计划表');
    expect(rich.text).toContain('跨部门协作会议纪要');
    expect(rich.text).toContain('优化落地页引导流程');
  });
});

describe('rich text for the clipboard', () => {
  it('keeps the action plan a bordered table and user text inert', async () => {
    const input = seedInput('en');
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    input.meeting = { ...input.meeting, title: hostile };
    input.items = input.items.map((i) => ({ ...i, task: `${hostile}\nline 2` }));
    const html = renderClipboardHtml(buildOutline(input));
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('line 2');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const plan = [...doc.querySelectorAll('table')].find((t) => t.querySelector('thead'));
    expect(plan?.getAttribute('border')).toBe('1');
    expect(plan?.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(plan?.querySelector('th')?.getAttribute('style')).toContain('border:1px solid');
    expect(doc.querySelector('script, img')).toBeNull();
  });
});
