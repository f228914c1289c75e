import { describe, expect, it } from 'vitest';
import {
  archiveFileName,
  checkPattern,
  sanitizeFileName,
  type FileNameOptions,
} from '../../../lib/export/filename';
import type { Meeting } from '../../../lib/schema';
import { seedMeetingFor, TZ } from '../../helpers/seed';

const seed = seedMeetingFor('zh-CN');
const name = (patch: Partial<Meeting>, options: FileNameOptions = {}) =>
  archiveFileName({ ...seed, ...patch }, { timeZone: TZ, ...options });

describe('archive file names', () => {
  it.each<[string, Partial<Meeting>, FileNameOptions, string]>([
    [
      'the default pattern 年份-部门-项目名称-会议名称-日期',
      {},
      { extension: 'md' },
      '2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02.md',
    ],
    [
      'an extension given with its dot',
      {},
      { extension: '.csv' },
      '2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-02.csv',
    ],
    ['no extension', { department: '', series: '' }, {}, '2026-项目Q3推广跨部门协作会-2026-03-02'],
    [
      'empty parts dropped with their separators',
      { department: ' ', series: '' },
      { extension: 'md' },
      '2026-项目Q3推广跨部门协作会-2026-03-02.md',
    ],
    [
      'a custom pattern',
      {},
      { pattern: '{date}_{title}_{version}' },
      '2026-03-02_项目Q3推广跨部门协作会_v1',
    ],
    ['month, day and host tokens', {}, { pattern: '{year}{month}{day} {host}' }, '20260302 张三'],
    ['unknown tokens dropped', {}, { pattern: '{nope}-{title}' }, '项目Q3推广跨部门协作会'],
    [
      'reserved characters replaced',
      { title: 'a<b>c:d"e/f\\g|h?i*j' },
      { pattern: '{title}' },
      'a_b_c_d_e_f_g_h_i_j',
    ],
    [
      'control characters replaced',
      { title: 'a\u0000b\u001fc\u007fd\u0085e' },
      { pattern: '{title}' },
      'a_b_c_d_e',
    ],
    [
      'line breaks and tabs become one space',
      { title: 'Q3\r\n\t周会' },
      { pattern: '{title}' },
      'Q3 周会',
    ],
    [
      'bidi overrides and zero widths removed',
      { title: 'invoice\u202Egpj.exe\u200B' },
      { pattern: '{title}', extension: 'md' },
      'invoicegpj.exe.md',
    ],
    [
      'no trailing dots or spaces',
      { title: 'Minutes. . .  ' },
      { pattern: '{title}', extension: 'txt' },
      'Minutes.txt',
    ],
    ['no leading dot or dash', { title: '.-hidden' }, { pattern: '{title}' }, 'hidden'],
    [
      'repeated separators collapsed',
      { title: 'A -- B __ C .. D' },
      { pattern: '{year}--{title}' },
      '2026-A-B_C . D',
    ],
    ['CON is reserved', { title: 'CON' }, { pattern: '{title}', extension: 'txt' }, '_CON.txt'],
    [
      'nul with a dot is reserved too',
      { title: 'nul.tar' },
      { pattern: '{title}', extension: 'gz' },
      '_nul.tar.gz',
    ],
    ['COM1 is reserved', { title: 'com1' }, { pattern: '{title}' }, '_com1'],
    ['LPT9 is reserved', { title: 'LPT9 ' }, { pattern: '{title}' }, '_LPT9'],
    ['CONSOLE is not', { title: 'CONSOLE' }, { pattern: '{title}' }, 'CONSOLE'],
    ['CONIN$ is reserved', { title: 'CONIN$' }, { pattern: '{title}' }, '_CONIN$'],
    ['conout$ is reserved', { title: 'conout$.log' }, { pattern: '{title}' }, '_conout$.log'],
    ['CONIN$ inside a longer name is not', { title: 'CONIN$X' }, { pattern: '{title}' }, 'CONIN$X'],
    [
      'the Arabic letter mark and every other bidi control removed',
      { title: 'a\u061Cb\u200Ec\u200Fd\u2066e\u2067f\u2068g\u2069h\u202Ai\u202Dj' },
      { pattern: '{title}', extension: 'md' },
      'abcdefghij.md',
    ],
    [
      'other invisible format characters removed',
      { title: 'a\u180Eb\u2061c\u206Ad\uFFF9e\u034Ff' },
      { pattern: '{title}' },
      'abcdef',
    ],
    [
      'nothing left falls back',
      { title: '???' },
      { pattern: '{title}', extension: 'md' },
      'minutes.md',
    ],
    [
      'a localised fallback',
      { title: '' },
      { pattern: '{title}', fallback: '会议纪要' },
      '会议纪要',
    ],
    [
      'the year of the meeting in its time zone',
      { startAt: '2025-12-31T20:00:00.000Z' },
      { pattern: '{year} {date}' },
      '2026 2026-01-01',
    ],
    ['the creation date without a start', { startAt: null }, { pattern: '{date}' }, '2026-02-26'],
  ])('%s', (_, patch, options, expected) => {
    expect(name(patch, options)).toBe(expected);
  });

  it('reads the date in the time zone it is given', () => {
    expect(
      name({ startAt: '2025-12-31T20:00:00.000Z' }, { pattern: '{date}', timeZone: 'UTC' }),
    ).toBe('2025-12-31');
  });

  it.each([
    ['ASCII', 'x'.repeat(400), 150],
    ['Chinese (3 UTF-8 bytes each)', '纪'.repeat(400), 83],
    ['emoji (surrogate pairs)', '😀'.repeat(400), 123],
  ])('keeps %s names short enough for every file system', (_, title, maxChars) => {
    const result = name({ title }, { pattern: '{title}', extension: 'md' });
    expect(result.length).toBeLessThanOrEqual(150);
    expect(new TextEncoder().encode(result).length).toBeLessThanOrEqual(255);
    expect(result.isWellFormed()).toBe(true);
    expect(result.endsWith('.md')).toBe(true);
    expect(result.length).toBeLessThanOrEqual(maxChars);
  });

  it('never cuts a surrogate pair at the UTF-16 limit', () => {
    const result = name({ title: 'a😀'.repeat(100) }, { pattern: '{title}', maxLength: 10 });
    expect(result).toBe('a😀a😀a😀a');
  });

  it('does not leave a separator where it cut', () => {
    expect(name({ title: 'abc-def' }, { pattern: '{title}', maxLength: 4 })).toBe('abc');
  });

  it('sanitises the literal parts of a pattern too', () => {
    expect(sanitizeFileName('a/b: c')).toBe('a_b_c');
    expect(name({}, { pattern: '{year}/{title}' })).toBe('2026_项目Q3推广跨部门协作会');
  });
});

describe('tokens named after Object members (issue 13)', () => {
  const members = [
    'constructor',
    'toString',
    'valueOf',
    'hasOwnProperty',
    '__proto__',
    'isPrototypeOf',
  ];

  it.each(members)('{%s} is an unknown token: dropped, never thrown', (member) => {
    expect(name({}, { pattern: `{${member}}-{title}`, extension: 'md' })).toBe(
      '项目Q3推广跨部门协作会.md',
    );
  });

  it('a pattern of nothing but such tokens falls back to the default name', () => {
    expect(name({}, { pattern: members.map((m) => `{${m}}`).join('') })).toBe('minutes');
  });
});

describe('file-name patterns typed by the user', () => {
  it.each([
    ['  {title}-{date} ', { ok: true, pattern: '{title}-{date}' }],
    ['', { ok: false, reason: 'empty', length: 0 }],
    [' \t ', { ok: false, reason: 'empty', length: 0 }],
    ['x'.repeat(300), { ok: true, pattern: 'x'.repeat(300) }],
    ['x'.repeat(301), { ok: false, reason: 'tooLong', length: 301 }],
  ])('%j', (input, expected) => {
    expect(checkPattern(input)).toEqual(expected);
  });
});
