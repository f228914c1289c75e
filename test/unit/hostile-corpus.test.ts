import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../lib/export/csv';
import { archiveFileName } from '../../lib/export/filename';
import { exportIcs } from '../../lib/export/ics';
import { createBackup, parseBackup } from '../../lib/export/json';
import { exportXlsx } from '../../lib/export/xlsx';
import { createMeeting, parseMeeting } from '../../lib/schema';
import { ActionItemRepo } from '../../lib/store/action-items';
import { answerRepoCall } from '../../lib/store/remote';
import { freshRepo, seedMeeting } from '../helpers/fixtures';
import { parseXml, tags, unzipXml } from '../helpers/ooxml';
import { seedInput } from '../helpers/seed';

/**
 * The hostile-input corpus for restore and import: malformed, oversized, wrongly typed,
 * prototype-polluting and script-bearing files. Each is refused as a whole with a reason code a
 * UI can localise, or accepted with its bad records listed as rejected, and never throws. What
 * parses is inert data: zod strips unknown keys and bounds every field.
 */
const good = () =>
  JSON.parse(
    createBackup({ meetings: [seedMeeting()], actionItems: [], now: new Date(0) } as never),
  );
const withMeeting = (patch: Record<string, unknown>) => {
  const b = good();
  b.meetings[0] = { ...b.meetings[0], ...patch };
  return JSON.stringify(b);
};
const ITEM = {
  schemaVersion: 1,
  id: 'item-1',
  rev: 0,
  createdAt: '2026-03-02T06:00:00.000Z',
  updatedAt: '2026-03-02T06:00:00.000Z',
  meetingId: 'm',
  task: '提交报告',
};
const withItem = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...good(), actionItems: [{ ...ITEM, ...patch }] });
const historyChange = (from: unknown) => ({
  history: [
    {
      at: '2026-03-03T08:00:00.000Z',
      by: '',
      meetingId: null,
      changes: [{ field: 'task', from, to: 'x' }],
      note: '',
    },
  ],
});
const point = (id: string) => ({ id, at: '2026-03-02T06:10:00.000Z', text: id });
const segment = { start: '2026-03-02T06:10:00.000Z', end: '2026-03-02T06:05:00.000Z' };

const CORPUS: [name: string, text: string][] = [
  ['empty', ''],
  ['whitespace', '   \n'],
  ['not JSON', 'hello'],
  ['truncated JSON', JSON.stringify(good()).slice(0, 200)],
  ['a number', '42'],
  ['null', 'null'],
  ['an array', '[]'],
  ['a string', '"backup"'],
  ['wrong format tag', JSON.stringify({ ...good(), format: 'other-app' })],
  ['future version', JSON.stringify({ ...good(), version: 99 })],
  ['meetings not a list', JSON.stringify({ ...good(), meetings: {} })],
  ['items not a list', JSON.stringify({ ...good(), actionItems: 'x' })],
  ['__proto__ at the top', JSON.stringify(good()).replace('{', '{"__proto__":{"polluted":true},')],
  [
    '__proto__ deep inside',
    withMeeting({}).replace('"title"', '"__proto__":{"polluted":true},"title"'),
  ],
  [
    'constructor key',
    withMeeting({}).replace('"title"', '"constructor":{"prototype":{"polluted":true}},"title"'),
  ],
  ['prototype key', withMeeting({}).replace('"title"', '"prototype":{"polluted":true},"title"')],
  ['oversized file', ' '.repeat(50 * 1024 * 1024 + 1)],
  ['a huge field', withMeeting({ title: 'x'.repeat(100_000) })],
  ['a wrong type', withMeeting({ topics: 'all of them' })],
  ['a negative revision', withMeeting({ rev: -1 })],
  ['a non-ISO date', withMeeting({ startAt: '2026年3月2日' })],
  ['an unknown platform', withMeeting({ platform: 'myspace' })],
  ['a future schema version', withMeeting({ schemaVersion: 7 })],
  ['no id', withMeeting({ id: undefined })],
  ['an empty id', withMeeting({ id: '' })],
  [
    'duplicate ids',
    (() => {
      const b = good();
      b.meetings.push(b.meetings[0]);
      return JSON.stringify(b);
    })(),
  ],
  ['NaN-like numbers', withMeeting({ topicCapMinutes: 'NaN' })],
  [
    'a point of unknown kind',
    withMeeting({ points: [{ id: 'p', kind: 'insult', at: '2026-03-02T06:00:00Z', text: 'x' }] }),
  ],
  [
    '100k points',
    withMeeting({
      points: Array.from({ length: 100_001 }, (_, i) => ({
        id: `p${i}`,
        at: '2026-03-02T06:00:00Z',
      })),
    }),
  ],
  ['deeply nested junk', withMeeting({ timing: JSON.parse('['.repeat(500) + ']'.repeat(500)) })],
  ['BOM and garbage', '\uFEFF<?xml version="1.0"?><backup/>'],
  ['HTML pretending to be JSON', '<script>alert(1)</script>'],
  // Issue 13: what passed the restore and broke a view or a record later.
  [
    'a history value with hostile toString/valueOf',
    withItem(historyChange({ toString: 0, valueOf: 0 })),
  ],
  ['a 40-million-character history value', withItem(historyChange('x'.repeat(40_000_000)))],
  ['a history value that is a number', withItem(historyChange(42))],
  ['a revision near 2^53', withMeeting({ rev: Number.MAX_SAFE_INTEGER })],
  ['an item revision near 2^53', withItem({ rev: Number.MAX_SAFE_INTEGER - 1 })],
  ['version 1,000,000', withMeeting({ version: 1_000_000 })],
  ['year 0000', withMeeting({ startAt: '0000-01-01T00:00:00.000Z' })],
  ['a due day in year 0000', withItem({ dueDate: '0000-02-29' })],
  ['two points p1', withMeeting({ points: [point('p1'), point('p1')] })],
  [
    'two topics, decisions and attendees sharing ids',
    withMeeting({
      topics: [{ id: 't' }, { id: 't' }],
      decisions: [{ id: 'd' }, { id: 'd' }],
      attendees: [{ id: 'a' }, { id: 'a' }],
    }),
  ],
  [
    'an end before the start',
    withMeeting({ startAt: '2026-03-02T06:00:00Z', endAt: '2026-03-02T05:00:00Z' }),
  ],
  [
    'a timed stretch running backwards',
    withMeeting({
      timing: {
        startedAt: null,
        endedAt: null,
        currentTopicId: null,
        records: [{ topicId: 't', segments: [segment] }],
      },
    }),
  ],
  ['a record whose id is a number', withMeeting({ id: 42 })],
  [
    '20,001 meetings',
    JSON.stringify({ ...good(), meetings: Array.from({ length: 20_001 }, () => ({})) }),
  ],
];

describe('hostile restore corpus', () => {
  it('has at least 30 entries', () => expect(CORPUS.length).toBeGreaterThanOrEqual(30));

  it.each(CORPUS)(
    '%s: refused, its bad records rejected or repaired, never thrown',
    (_name, text) => {
      const result = parseBackup(text);
      if (result.ok) {
        expect(result.rejected.length + result.repaired.length).toBeGreaterThan(0);
        expect(result.meetings.length).toBeLessThanOrEqual(1);
        // What comes in, repaired or not, has one id per record inside each meeting.
        for (const m of result.meetings) {
          for (const list of [m.points, m.topics, m.decisions, m.attendees]) {
            expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
          }
          expect(!m.endAt || !m.startAt || Date.parse(m.endAt) >= Date.parse(m.startAt)).toBe(true);
        }
      } else {
        expect(typeof result.reason).toBe('string');
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('script-bearing text is kept as inert text, and only inside known fields', () => {
    const result = parseBackup(
      withMeeting({ title: '<img src=x onerror=alert(1)>', onload: 'alert(1)' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.meetings[0]!.title).toBe('<img src=x onerror=alert(1)>');
    expect(result.meetings[0]).not.toHaveProperty('onload');
  });
});

describe('upgrades', () => {
  it('a database written by schema version 1 opens with every record intact, a bad one kept aside', async () => {
    // Version 1 is the only shipped version: this fixture is written with raw IndexedDB calls as
    // that version wrote them; each later version adds its own fixture here.
    const { db, repo } = await freshRepo();
    const v1 = { ...createMeeting(new Date('2026-01-05T02:00:00Z'), { title: 'v1 会议' }) };
    await db.put('meetings', JSON.parse(JSON.stringify(v1)));
    await db.put('meetings', { schemaVersion: 1, id: 'broken', rev: 0 });
    const { meetings, damaged } = await repo.list();
    expect(meetings.map((m) => m.title)).toEqual(['v1 会议']);
    expect(parseMeeting(await db.get('meetings', v1.id))).toEqual({
      ok: true,
      value: v1,
      migratedFrom: null,
    });
    expect(damaged.map((d) => d.id)).toEqual(['broken']);
    expect(await db.get('meetings', 'broken')).toEqual({ schemaVersion: 1, id: 'broken', rev: 0 });
  });
});

/**
 * Issue 13's hostile inputs beyond the restore file: file-name patterns and names, spreadsheet
 * cells and days, calendar ids, days and revisions, damaged records' ids, the trash, and what a
 * meeting page's content script asks the background. Each entry states the safe outcome.
 */
describe('hostile export, store and message corpus (issue 13)', () => {
  const meeting = seedMeeting();
  const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
  const NAMES: [string, Partial<typeof meeting>, string][] = [
    ['{constructor}', {}, '{constructor}{title}'],
    ['{toString}', {}, '{toString}-{valueOf}-{hasOwnProperty}-{__proto__}'],
    ['CONIN$', { title: 'CONIN$' }, '{title}'],
    ['CONOUT$', { title: 'conout$' }, '{title}'],
    ['U+061C', { title: 'report\u061Cgpj.exe' }, '{title}'],
    ['U+2067 and U+202E', { title: '\u2067a\u202Eb' }, '{title}'],
  ];
  it.each(NAMES)('a file name with %s is legal and never throws', (_n, patch, pattern) => {
    const name = archiveFileName({ ...meeting, ...patch }, { pattern, extension: 'md' });
    expect(name).not.toMatch(bidi);
    expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|conin\$|conout\$)$/i);
    expect(name.endsWith('.md')).toBe(true);
  });

  it.each(['\u0000=1+1', '\n=1+1', '\r\n=cmd', '\u3000=1', '\uFEFF@SUM(A1)', '＝1+1', '－1'])(
    'the CSV cell %j cannot run as a formula',
    (cell) => expect(neutraliseFormula(cell).startsWith("'")).toBe(true),
  );

  it('Excel days before 1900 are text and 1900-02-28 is serial 59', async () => {
    const input = seedInput('en');
    const days = ['1899-12-31', '0001-01-01', '1900-02-28'];
    const items = days.map((dueDate, i) => ({ ...input.items[0]!, id: `d${i}`, dueDate }));
    const parts = await unzipXml(await exportXlsx({ ...input, items }));
    const cells = tags(parseXml(parts['xl/worksheets/sheet1.xml']!), 'c').filter((c) =>
      /^F[234]$/.test(c.getAttribute('r') ?? ''),
    );
    expect(cells.map((c) => c.getAttribute('t'))).toEqual(['s', 's', null]);
    expect(tags(cells[2]!, 'v')[0]!.textContent).toBe('59');
  });

  it('ICS: 9999-12-31, a revision past 2^31, ids differing by a control character, <id>-next', () => {
    const input = seedInput('en');
    const base = input.items[0]!;
    const items = [
      {
        ...base,
        id: 'a\u0001',
        dueDate: '9999-12-31',
        rev: 2 ** 40,
        status: 'not_started' as const,
      },
      { ...base, id: 'a\u0002' },
      { ...base, id: `${input.meeting.id}-next` },
    ];
    const ics = exportIcs({ ...input, items });
    const uids = ics.match(/^UID:.*$/gm)!;
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toHaveLength(4);
    expect(ics).not.toMatch(/\+0\d{5}|SEQUENCE:\d{11,}/);
    expect(ics).toContain('DURATION:P1D');
    expect(ics).toContain('SEQUENCE:2147483647');
  });

  it('damaged records whose ids are not strings each keep their raw copy', async () => {
    const { db, repo } = await freshRepo();
    for (const id of [1, 2, [3], new Date(4)]) await db.put('meetings', { id, schemaVersion: 1 });
    await repo.list();
    expect(await db.count('quarantine')).toBe(4);
  });

  it('restoring from the trash keeps a newer copy imported since', async () => {
    const { repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    await repo.remove(m.id);
    await repo.create({ ...m, title: '导入的新版本' });
    const back = await repo.restore(m.id);
    expect(back?.copy).toBe(true);
    expect(await repo.get(m.id)).toMatchObject({ title: '导入的新版本' });
  });

  it.each(['list', 'remove', 'save', 'damaged'])(
    'a %s from the meeting page’s content script is refused',
    async (method) => {
      const { db, repo } = await freshRepo();
      const m = await repo.create(seedMeeting());
      const sender = { id: 'ext', url: 'https://meet.google.com/x', tab: { id: 1 }, frameId: 0 };
      const message = { type: 'repo', repo: 'meetings', method, args: [m.id] };
      const stores = async () => ({ meetings: repo, items: new ActionItemRepo(db) });
      expect(await answerRepoCall(message, sender, 'ext', stores)).toMatchObject({ ok: false });
      expect(await repo.get(m.id)).toEqual(m);
    },
  );
});
