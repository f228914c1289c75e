import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../lib/export/json';
import { createMeeting, parseMeeting } from '../../lib/schema';
import { freshRepo, seedMeeting } from '../helpers/fixtures';

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
];

describe('hostile restore corpus', () => {
  it('has at least 30 entries', () => expect(CORPUS.length).toBeGreaterThanOrEqual(30));

  it.each(CORPUS)('%s: refused or its bad records rejected, never thrown', (_name, text) => {
    const result = parseBackup(text);
    if (result.ok) {
      expect(result.rejected.length).toBeGreaterThan(0);
      expect(result.meetings.length).toBeLessThanOrEqual(1);
    } else {
      expect(typeof result.reason).toBe('string');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

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
