import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  createBackup,
  exportJson,
  MAX_BACKUP_CHARS,
  MAX_BACKUP_ITEMS,
  MAX_BACKUP_MEETINGS,
  parseBackup,
  type BackupParseResult,
} from '../../../lib/export/json';
import { emptyHistory } from '../../../lib/history';
import { NOW, seedInput, seedItemsFor, seedMeetingFor } from '../../helpers/seed';

const zh = seedMeetingFor('zh-CN');
const en = { ...seedMeetingFor('en'), id: 'm-en' };
const items = [
  ...seedItemsFor('zh-CN'),
  ...seedItemsFor('en').map((i) => ({ ...i, id: `en-${i.id}` })),
];
const backupText = createBackup({ meetings: [zh, en], actionItems: items, now: NOW });
const backup = JSON.parse(backupText) as Record<string, unknown> & {
  meetings: Record<string, unknown>[];
  actionItems: Record<string, unknown>[];
};
/** The valid backup with some part replaced. */
const withEnvelope = (patch: Record<string, unknown>) => JSON.stringify({ ...backup, ...patch });
const failure = (r: BackupParseResult) => (r.ok ? 'ok' : r.reason);

describe('backup file', () => {
  it('has the envelope the format promises', () => {
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      version: 2,
      exportedAt: NOW.toISOString(),
    });
    expect(JSON.parse(exportJson(seedInput('zh-CN'))).meetings).toHaveLength(1);
  });

  it('round-trips without loss', () => {
    expect(parseBackup(backupText)).toEqual({
      ok: true,
      meetings: [zh, en],
      actionItems: items,
      history: emptyHistory(),
      rejected: [],
      repaired: [],
    });
  });

  it('round-trips hostile and unusual text without loss', () => {
    const odd = '<script>\u0000\r\n\t"\\ 😀 \u202E =1 |';
    const m = {
      ...zh,
      title: odd,
      summary: odd,
      points: zh.points.map((p) => ({ ...p, text: odd })),
    };
    const i = { ...items[0]!, task: odd, collaborators: [odd] };
    const parsed = parseBackup(createBackup({ meetings: [m], actionItems: [i], now: NOW }));
    expect(parsed).toEqual({
      ok: true,
      meetings: [m],
      actionItems: [i],
      history: emptyHistory(),
      rejected: [],
      repaired: [],
    });
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(failure(parseBackup(`\uFEFF${backupText}`))).toBe('ok');
  });

  it.each<[string, string, string]>([
    ['an empty file', '', 'not_json'],
    ['text that is not JSON', '会议纪要', 'not_json'],
    ['a truncated file', backupText.slice(0, backupText.length / 2), 'not_json'],
    ['JSON with a trailing comma', '{"format": "minutes-side-panel-backup",}', 'not_json'],
    ['JSON with NaN', '{"version": NaN}', 'not_json'],
    ['null', 'null', 'not_object'],
    ['an array', '[]', 'not_object'],
    ['a number', '42', 'not_object'],
    ['a string', '"minutes-side-panel-backup"', 'not_object'],
    ['an empty object', '{}', 'wrong_format'],
    ['another program’s file', withEnvelope({ format: 'excalidraw' }), 'wrong_format'],
    ['a newer version', withEnvelope({ version: 3 }), 'unsupported_version'],
    ['a version as text', withEnvelope({ version: '1' }), 'unsupported_version'],
    ['meetings that are not a list', withEnvelope({ meetings: {} }), 'invalid_shape'],
    ['no action items', withEnvelope({ actionItems: undefined }), 'invalid_shape'],
    [
      '__proto__ at the top',
      backupText.replace('{', '{"__proto__": {"polluted": true},'),
      'forbidden_key',
    ],
    [
      'constructor inside a meeting',
      withEnvelope({ meetings: [{ ...backup.meetings[0], constructor: { prototype: { x: 1 } } }] }),
      'forbidden_key',
    ],
    [
      'prototype deep in an item’s history',
      withEnvelope({
        actionItems: [
          { ...backup.actionItems[0], history: [{ changes: [{ from: { prototype: 1 } }] }] },
        ],
      }),
      'forbidden_key',
    ],
    ['a file over 50 MB', `${backupText}${' '.repeat(MAX_BACKUP_CHARS)}`, 'too_large'],
  ])('refuses %s', (_, text, reason) => {
    expect(failure(parseBackup(text))).toBe(reason);
  });

  it('leaves no trace on Object.prototype', () => {
    parseBackup('{"__proto__": {"polluted": true}, "format": "minutes-side-panel-backup"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each<
    [string, Record<string, unknown>, { collection: string; index: number; reason: string }[]]
  >([
    [
      'a meeting that is not an object',
      { meetings: ['x', backup.meetings[1]] },
      [{ collection: 'meetings', index: 0, reason: 'invalid_record' }],
    ],
    [
      'a meeting from a newer version',
      { meetings: [backup.meetings[0], { ...backup.meetings[1], schemaVersion: 99 }] },
      [{ collection: 'meetings', index: 1, reason: 'invalid_record' }],
    ],
    [
      'a meeting with a broken date',
      { meetings: [{ ...backup.meetings[0], startAt: '2026年3月2日' }] },
      [{ collection: 'meetings', index: 0, reason: 'invalid_record' }],
    ],
    [
      'an oversized title',
      { meetings: [{ ...backup.meetings[0], title: 'x'.repeat(10_000) }] },
      [{ collection: 'meetings', index: 0, reason: 'invalid_record' }],
    ],
    [
      'the same meeting twice',
      { meetings: [backup.meetings[0], backup.meetings[0]] },
      [{ collection: 'meetings', index: 1, reason: 'duplicate_id' }],
    ],
    [
      'an item with an unknown status',
      { actionItems: [{ ...backup.actionItems[0], status: 'someday' }, backup.actionItems[1]] },
      [{ collection: 'actionItems', index: 0, reason: 'invalid_record' }],
    ],
    [
      'an item without an id',
      { actionItems: [{ ...backup.actionItems[0], id: '' }] },
      [{ collection: 'actionItems', index: 0, reason: 'invalid_record' }],
    ],
    [
      'a meeting whose revision leaves no room for an edit',
      { meetings: [{ ...backup.meetings[0], rev: Number.MAX_SAFE_INTEGER - 1 }] },
      [{ collection: 'meetings', index: 0, reason: 'out_of_range' }],
    ],
    [
      'a meeting at the last version number',
      { meetings: [{ ...backup.meetings[0], version: 1_000_000 }] },
      [{ collection: 'meetings', index: 0, reason: 'out_of_range' }],
    ],
    [
      'an item whose revision leaves no room for an edit',
      { actionItems: [{ ...backup.actionItems[0], rev: 2 ** 53 - 1 }] },
      [{ collection: 'actionItems', index: 0, reason: 'out_of_range' }],
    ],
  ])('keeps the rest when %s is rejected', (_, patch, rejected) => {
    const result = parseBackup(withEnvelope(patch));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rejected).toMatchObject(rejected);
    for (const r of result.rejected) expect(r.detail).not.toBe('');
    const total = (k: 'meetings' | 'actionItems') => ((patch[k] as unknown[]) ?? backup[k]).length;
    const lost = (k: string) => rejected.filter((r) => r.collection === k).length;
    expect(result.meetings).toHaveLength(total('meetings') - lost('meetings'));
    expect(result.actionItems).toHaveLength(total('actionItems') - lost('actionItems'));
  });
});

describe('what a backup may bring in (issue 13)', () => {
  const meeting = backup.meetings[0] as Record<string, unknown> & {
    timing: Record<string, unknown>;
  };
  const repairedOne = (patch: Record<string, unknown>) => {
    const result = parseBackup(withEnvelope({ meetings: [{ ...meeting, ...patch }] }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.rejected).toEqual([]);
    expect(result.meetings).toHaveLength(1);
    return { meeting: result.meetings[0]!, repaired: result.repaired };
  };

  it('refuses more records than can be restored at once, with its own reason', () => {
    const many = Array.from({ length: MAX_BACKUP_MEETINGS + 1 }, () => 0);
    expect(failure(parseBackup(withEnvelope({ meetings: many })))).toBe('too_many');
    const items = Array.from({ length: MAX_BACKUP_ITEMS + 1 }, () => 0);
    expect(failure(parseBackup(withEnvelope({ actionItems: items })))).toBe('too_many');
  });

  it('an end before the start is left out, and the repair is reported', () => {
    const { meeting: m, repaired } = repairedOne({
      startAt: '2026-03-02T06:00:00.000Z',
      endAt: '2026-03-02T05:00:00.000Z',
    });
    expect(m.startAt).toBe('2026-03-02T06:00:00.000Z');
    expect(m.endAt).toBeNull();
    expect(repaired).toEqual([
      { collection: 'meetings', index: 0, id: m.id, repairs: ['end_before_start'] },
    ]);
  });

  it('an end before the start in another zone is compared as an instant', () => {
    const { meeting: m } = repairedOne({
      startAt: '2026-03-02T14:00:00+08:00',
      endAt: '2026-03-02T07:00:00.000Z',
    });
    expect(m.endAt).toBe('2026-03-02T07:00:00.000Z');
  });

  it('timer records that run backwards become zero-length, and the timer end its start', () => {
    const { meeting: m, repaired } = repairedOne({
      timing: {
        startedAt: '2026-03-02T06:00:00.000Z',
        endedAt: '2026-03-02T05:00:00.000Z',
        currentTopicId: null,
        records: [
          {
            topicId: 't',
            segments: [{ start: '2026-03-02T06:10:00.000Z', end: '2026-03-02T06:05:00.000Z' }],
            extraMinutes: 0,
          },
        ],
      },
    });
    expect(m.timing.endedAt).toBe('2026-03-02T06:00:00.000Z');
    expect(m.timing.records[0]!.segments[0]!.end).toBe('2026-03-02T06:10:00.000Z');
    expect(repaired[0]!.repairs).toEqual(['reversed_timing']);
  });

  it('two points with one id both come in, under distinct ids', () => {
    const p = { id: 'p1', at: '2026-03-02T06:10:00.000Z', text: '一' };
    const { meeting: m, repaired } = repairedOne({ points: [p, { ...p, text: '二' }] });
    expect(m.points.map((x) => [x.id, x.text])).toEqual([
      ['p1', '一'],
      ['p1~2', '二'],
    ]);
    expect(repaired[0]!.repairs).toEqual(['duplicate_ids']);
  });

  it('a record of year 0000 is rejected, the others kept', () => {
    const result = parseBackup(
      withEnvelope({
        meetings: [{ ...meeting, startAt: '0000-01-01T00:00:00Z' }, backup.meetings[1]],
      }),
    );
    expect(result.ok && result.rejected.map((r) => r.reason)).toEqual(['invalid_record']);
    expect(result.ok && result.meetings).toHaveLength(1);
  });
});
