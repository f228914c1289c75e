import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merge3 } from '../../lib/merge';
import { parseMeeting, type Meeting } from '../../lib/schema';

const fixture = (): Meeting =>
  JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/schema/meeting-v1.json'), 'utf8'));
const at = '2026-03-02T06:10:00.000Z';
const point = (id: string, text: string) => ({ id, topicId: 't1', text, at, kind: 'viewpoint' });

const read = (raw: unknown): Meeting => {
  const parsed = parseMeeting(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};

/**
 * Duplicate ids inside one meeting (issue 13): the merge matches records by id, so two points
 * `p1` became one when two views saved concurrently. Every read now gives them distinct ids, the
 * same ones every time, and a merge keeps both.
 */
describe('duplicate ids inside one meeting', () => {
  it('two points p1 survive a concurrent merge', () => {
    const raw = { ...fixture(), points: [point('p1', '第一条'), point('p1', '第二条')] };
    const base = read(raw);
    expect(base.points.map((p) => p.id)).toEqual(['p1', 'p1~2']);
    // Two views edit: one adds a point, the other edits the first.
    const local = { ...base, points: [...base.points, point('p3', '第三条')] };
    const remote = {
      ...base,
      points: base.points.map((p) => (p.id === 'p1' ? { ...p, text: '第一条(改)' } : p)),
    };
    const merged = merge3(base, local as Meeting, remote);
    expect(merged.points.map((p) => p.text)).toEqual(['第一条(改)', '第二条', '第三条']);
  });

  it('repairs the same way on every read, and says that it did', () => {
    const raw = {
      ...fixture(),
      attendees: [fixture().attendees[0], { ...fixture().attendees[0], name: '另一位' }],
      topics: [fixture().topics[0], { ...fixture().topics[0], id: 't1', title: '第二个议题' }],
      decisions: [
        { id: 'd', topicId: null, pointId: null, text: '一' },
        { id: 'd', topicId: null, pointId: null, text: '二' },
        { id: 'd~2', topicId: null, pointId: null, text: '三' },
      ],
    };
    const first = parseMeeting(raw);
    const second = parseMeeting(JSON.parse(JSON.stringify(raw)));
    expect(first).toEqual(second);
    expect(first.ok && first.repairs).toEqual(['duplicate_ids']);
    const m = read(raw);
    expect(m.attendees.map((a) => a.id)).toEqual(['a1', 'a1~2']);
    expect(m.topics.map((t) => t.id)).toEqual(['t1', 't1~2']);
    expect(m.decisions.map((d) => d.id)).toEqual(['d', 'd~3', 'd~2']);
    expect(m.decisions.map((d) => d.text)).toEqual(['一', '二', '三']);
  });

  it('a long id stays within the id bound when it is made unique', () => {
    const long = 'x'.repeat(64);
    const m = read({ ...fixture(), points: [point(long, 'a'), point(long, 'b')] });
    expect(m.points[1]!.id).toHaveLength(64);
    expect(m.points[1]!.id).not.toBe(long);
  });

  it('two timing records of one topic become one with both segments', () => {
    const raw = fixture();
    const segment = (start: string, end: string) => ({ start, end });
    raw.timing.records = [
      {
        topicId: 't1',
        segments: [segment('2026-03-02T06:04:00.000Z', '2026-03-02T06:10:00.000Z')],
        extraMinutes: 1,
      },
      {
        topicId: 't1',
        segments: [segment('2026-03-02T06:20:00.000Z', '2026-03-02T06:25:00.000Z')],
        extraMinutes: 5,
      },
    ];
    const m = read(raw);
    expect(m.timing.records).toHaveLength(1);
    expect(m.timing.records[0]!.segments).toHaveLength(2);
    expect(m.timing.records[0]!.extraMinutes).toBe(6);
  });

  it('a meeting without duplicates is returned as it was, with no repairs', () => {
    const parsed = parseMeeting(fixture());
    expect(parsed.ok && parsed.repairs).toBeUndefined();
  });
});
