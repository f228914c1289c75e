import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createMeeting,
  MEETING_SCHEMA_VERSION,
  parseActionItem,
  parseMeeting,
} from '../../lib/schema';

/** What every stored action item has, whatever else a test gives it. */
const STORED_ITEM = {
  schemaVersion: 1,
  id: 'i1',
  rev: 0,
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  meetingId: 'm1',
};

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/schema', name), 'utf8'));

describe('meeting schema', () => {
  it('a new meeting is a valid draft with every section of the template', () => {
    const m = createMeeting(new Date('2026-03-02T06:00:00Z'), { title: '周会' });
    expect(m).toMatchObject({
      schemaVersion: MEETING_SCHEMA_VERSION,
      rev: 0,
      title: '周会',
      createdAt: '2026-03-02T06:00:00.000Z',
      attendees: [],
      topics: [],
      points: [],
      decisions: [],
      topicCapMinutes: 20,
      review: { state: 'draft', reviewer: '', at: null },
      version: 1,
    });
  });

  it('opens every shipped schema version with every field intact', () => {
    const raw = fixture('meeting-v1.json') as Record<string, unknown>;
    const parsed = parseMeeting(raw);
    expect(parsed.ok).toBe(true);
    // Every stored field intact; a field added since reads as its default (an attendee's
    // contact for group-robot @mentions: '').
    const attendees = (raw.attendees as object[]).map((a) => ({ ...a, contact: '' }));
    if (parsed.ok) expect(parsed.value).toEqual({ ...raw, attendees });
  });

  it.each([
    ['not an object', 'hello', 'not an object'],
    ['no version', { id: 'x' }, 'schemaVersion'],
    ['a future version', { schemaVersion: 99, id: 'x' }, 'newer'],
    [
      'a date that is not ISO',
      { ...(fixture('meeting-v1.json') as object), startAt: '2026年3月2日' },
      'startAt',
    ],
    ['a wrong type', { ...(fixture('meeting-v1.json') as object), topics: 'none' }, 'topics'],
    [
      'an oversized field',
      { ...(fixture('meeting-v1.json') as object), title: 'x'.repeat(10_000) },
      'title',
    ],
    [
      'an unknown kind',
      {
        ...(fixture('meeting-v1.json') as object),
        points: [{ id: 'p', kind: 'rant', at: '2026-03-02T06:00:00Z' }],
      },
      'points.0.kind',
    ],
  ])('rejects %s with a reason', (_name, raw, reasonPart) => {
    const parsed = parseMeeting(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reasonPart);
  });

  it('drops unknown keys, including prototype-polluting ones', () => {
    const raw = JSON.parse(
      JSON.stringify(fixture('meeting-v1.json')).replace(
        '{',
        '{"__proto__":{"polluted":1},"extra":1,',
      ),
    );
    const parsed = parseMeeting(raw);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(Object.keys(parsed.value)).not.toContain('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('action item schema', () => {
  const item = {
    ...STORED_ITEM,
    task: '提交成本报告',
    ownerName: '赵六',
    ownerDepartment: '财务部',
    dueDate: '2026-03-06',
  };

  it('stores due dates as calendar days and fills defaults', () => {
    const parsed = parseActionItem(item);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value).toMatchObject({
        dueDate: '2026-03-06',
        status: 'not_started',
        ownerConfirmed: false,
        history: [],
      });
    }
  });

  it('rejects a due date that is not a day', () => {
    expect(parseActionItem({ ...item, dueDate: '2026-03-06T10:00' }).ok).toBe(false);
    expect(parseActionItem({ ...item, status: 'maybe' }).ok).toBe(false);
  });
});

describe('hostile values the schema refuses (issue 13)', () => {
  const item = STORED_ITEM;
  const withChange = (from: unknown, to: unknown = 'x') => ({
    ...item,
    history: [
      {
        at: '2026-03-03T08:00:00.000Z',
        by: '',
        meetingId: null,
        changes: [{ field: 'task', from, to }],
        note: '',
      },
    ],
  });

  it.each([
    ['an object whose toString is not a function', { toString: 0, valueOf: 0 }],
    ['a number', 42],
    ['nested lists', [['a']]],
    ['a list of objects', [{ toString: 0 }]],
    ['a text longer than any field', 'x'.repeat(5001)],
    ['a list longer than the collaborators', Array.from({ length: 51 }, () => 'x')],
  ])('a history change from %s is refused', (_name, from) => {
    const parsed = parseActionItem(withChange(from));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain('history.0.changes.0.from');
    expect(parseActionItem(withChange('x', from)).ok).toBe(false);
  });

  it.each([null, true, '', '2026-03-06', 'done', ['赵六', '钱七']])(
    'a history change with %j as it is stored is kept',
    (value) => {
      const parsed = parseActionItem(withChange(value, value));
      expect(parsed.ok).toBe(true);
    },
  );

  it.each([
    ['year 0000 in an instant', { startAt: '0000-01-01T00:00:00.000Z' }, 'startAt'],
    ['year 0999 in an instant', { endAt: '0999-12-31T23:59:59.000Z' }, 'endAt'],
    ['an offset that moves it past 9999', { startAt: '9999-12-31T23:00:00-05:00' }, 'startAt'],
    ['year 0000 in a talking point', { points: [{ id: 'p', at: '0000-03-02T06:00:00Z' }] }, 'at'],
  ])('a meeting with %s is refused', (_name, patch, where) => {
    const parsed = parseMeeting({ ...(fixture('meeting-v1.json') as object), ...patch });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(where);
  });

  it('days are bounded to four-digit years too, and 9999-12-31 is still a day', () => {
    expect(parseActionItem({ ...item, dueDate: '0000-01-01' }).ok).toBe(false);
    expect(parseActionItem({ ...item, dueDate: '9999-12-31' }).ok).toBe(true);
    expect(parseActionItem({ ...item, dueDate: '1000-01-01' }).ok).toBe(true);
  });
});
