import { describe, expect, it } from 'vitest';
import { itemFromPoint, pointsWithItems } from '../../../lib/capture/action';
import {
  capturePoint,
  deletePoint,
  editPoint,
  moveInGroup,
} from '../../../lib/capture/capture-ops';
import type { NewPoint } from '../../../lib/capture/points';
import { createMeeting, type Meeting } from '../../../lib/schema';

const T0 = new Date('2026-03-02T06:00:00.000Z');
const ids = () => {
  let n = 0;
  return () => `id${++n}`;
};
const point = (text: string, kind: NewPoint['kind'] = 'viewpoint', department = '市场部') => ({
  topicId: 't1',
  department,
  speaker: '',
  kind,
  text,
});
const texts = (m: Meeting) => m.points.map((p) => p.text).join(' ');

function meetingWith(...points: NewPoint[]): Meeting {
  const newId = ids();
  return points.reduce(
    (m, p) => capturePoint(m, p, T0, newId),
    createMeeting(T0, { id: 'm', series: '项目Q3推广' }),
  );
}

describe('capturePoint', () => {
  it('keeps the time the point was taken at; a decision is also one of the decisions', () => {
    const m = meetingWith(point('a'), point('同意增加生产线', 'decision', ''));
    expect(m.points.map((p) => p.at)).toEqual([T0.toISOString(), T0.toISOString()]);
    expect(m.decisions).toEqual([
      { id: 'id3', topicId: 't1', pointId: 'id2', text: '同意增加生产线' },
    ]);
  });

  it('adds nothing for blank text', () => {
    const m = meetingWith();
    expect(capturePoint(m, point('  ', 'decision'), T0, ids())).toBe(m);
  });
});

describe('editPoint', () => {
  it('adds the decision when a point becomes one, removes it when it stops being one', () => {
    const newId = ids();
    const m = meetingWith(point('a'));
    const decided = editPoint(m, 'id1', { kind: 'decision' }, newId);
    expect(decided.decisions).toHaveLength(1);
    const back = editPoint(decided, 'id1', { kind: 'consensus' }, newId);
    expect(back.decisions).toEqual([]);
    expect(back.points[0]).toMatchObject({ kind: 'consensus', text: 'a' });
  });

  it('keeps a decision that was reworded on its own', () => {
    const m = meetingWith(point('a', 'decision'));
    const reworded = { ...m, decisions: m.decisions.map((d) => ({ ...d, text: 'A!' })) };
    const next = editPoint(reworded, 'id1', { kind: 'viewpoint' }, ids());
    expect(next.decisions.map((d) => d.text)).toEqual(['A!']);
  });

  it('changes nothing for an unknown point or an empty patch', () => {
    const m = meetingWith(point('a'));
    expect(editPoint(m, 'nope', { text: 'x' }, ids())).toBe(m);
    expect(editPoint(m, 'id1', { text: 'a' }, ids())).toBe(m);
  });
});

describe('deletePoint', () => {
  it('takes the decision that repeats the point with it, keeps a reworded one unlinked', () => {
    const m = meetingWith(point('a', 'decision'), point('b', 'decision'));
    const reworded = {
      ...m,
      decisions: m.decisions.map((d) => (d.pointId === 'id3' ? { ...d, text: 'B!' } : d)),
    };
    const next = deletePoint(deletePoint(reworded, 'id1'), 'id3');
    expect(next.points).toEqual([]);
    expect(next.decisions).toEqual([{ id: 'id4', topicId: 't1', pointId: null, text: 'B!' }]);
    expect(deletePoint(next, 'id1')).toBe(next);
  });
});

describe('moveInGroup', () => {
  // 市场部 a, 销售部 x, 市场部 b, 分歧 d, 市场部 c
  const m = meetingWith(
    point('a'),
    point('x', 'viewpoint', '销售部'),
    point('b'),
    point('d', 'disagreement'),
    point('c'),
  );

  it.each([
    ['id3', 1, 'a x c d b'],
    ['id3', -1, 'b x a d c'],
    ['id1', -1, 'a x b d c'],
    ['id5', 1, 'a x b d c'],
    ['id2', 1, 'a x b d c'],
    ['id4', -1, 'a x b d c'],
  ] as const)('%s by %i → %s', (id, by, expected) => {
    expect(texts(moveInGroup(m, id, by))).toBe(expected);
  });

  it('is the same meeting when the point cannot move', () => {
    expect(moveInGroup(m, 'id1', -1)).toBe(m);
    expect(moveInGroup(m, 'missing', 1)).toBe(m);
  });
});

describe('itemFromPoint', () => {
  it('pre-fills the action item from the point and its decision', () => {
    const m = meetingWith(point('财务部在本周五前提交成本报告', 'decision', '财务部'));
    const item = itemFromPoint(m, m.points[0]!, m.decisions[0]!.id, T0, 'item1');
    expect(item).toMatchObject({
      id: 'item1',
      meetingId: 'm',
      series: '项目Q3推广',
      task: '财务部在本周五前提交成本报告',
      ownerDepartment: '财务部',
      ownerName: '',
      status: 'not_started',
      ownerConfirmed: false,
      sourceTopicId: 't1',
      sourceDecisionId: 'id2',
      createdAt: T0.toISOString(),
      history: [],
    });
  });

  it('knows which points already have an item', () => {
    const m = meetingWith(point('a', 'decision'), point('b'), point('c'));
    const items = [
      { sourceDecisionId: 'id2', sourceTopicId: 't1', task: 'reworded' },
      { sourceDecisionId: null, sourceTopicId: 't1', task: 'b' },
      { sourceDecisionId: null, sourceTopicId: 't2', task: 'c' },
    ];
    expect([...pointsWithItems(m.points, m.decisions, items)].sort()).toEqual(['id1', 'id3']);
  });
});

describe('bounds', () => {
  it('keeps points within the schema’s limits, so they can always be read back', () => {
    const m = meetingWith(point('x'.repeat(10_050), 'viewpoint', ` ${'部'.repeat(120)} `));
    expect(m.points[0]!.text).toHaveLength(10_000);
    expect(m.points[0]!.department).toHaveLength(100);
    const edited = editPoint(m, 'id1', { speaker: '张'.repeat(101) }, ids());
    expect(edited.points[0]!.speaker).toHaveLength(100);
  });
});
