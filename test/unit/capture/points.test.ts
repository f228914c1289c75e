import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  addPoint,
  captureOf,
  createHistory,
  movePoint,
  pointToDecision,
  push,
  redo,
  removePoint,
  sameCapture,
  undo,
  updatePoint,
  withCapture,
  type NewPoint,
} from '../../../lib/capture/points';
import { createMeeting, type Meeting } from '../../../lib/schema';

const T0 = new Date('2026-03-02T06:00:00.000Z');
const ids = () => {
  let n = 0;
  return () => `id${++n}`;
};
const draft = (text: string, topicId = 't1', kind: NewPoint['kind'] = 'viewpoint'): NewPoint => ({
  topicId,
  department: '市场部',
  speaker: '张三',
  kind,
  text,
});

/** A meeting with points a, b, c in t1 and x in t2 between them: [a, x, b, c]. */
function seeded(): Meeting {
  const newId = ids();
  let m = createMeeting(T0, { id: 'm' });
  for (const [text, topic] of [
    ['a', 't1'],
    ['x', 't2'],
    ['b', 't1'],
    ['c', 't1'],
  ] as const) {
    m = addPoint(m, draft(text, topic), T0, () => `${text}-${newId()}`);
  }
  return m;
}
const texts = (m: Meeting) => m.points.map((p) => p.text).join('');

describe('point operations', () => {
  it('adds a point with its time and id, trimmed; blank adds nothing', () => {
    const m = createMeeting(T0);
    const next = addPoint(
      m,
      draft('  转化率低于目标 '),
      new Date('2026-03-02T06:05:00Z'),
      () => 'p1',
    );
    expect(next.points).toEqual([
      { ...draft('转化率低于目标'), id: 'p1', at: '2026-03-02T06:05:00.000Z' },
    ]);
    expect(addPoint(m, draft('   '), T0, () => 'p2')).toBe(m);
  });

  it.each<[string, number, string]>([
    ['a', 1, 'xbac'], // a passes b; x (another topic) keeps its place
    ['a', 2, 'xbca'],
    ['a', 9, 'xbca'],
    ['c', -1, 'axcb'],
    ['c', -2, 'caxb'],
    ['b', -1, 'baxc'],
    ['a', -1, 'axbc'],
    ['x', 1, 'axbc'], // alone in its topic
    ['a', 0, 'axbc'],
    ['nope', 1, 'axbc'],
  ])('moves %s by %i within its topic → %s', (text, delta, expected) => {
    const m = seeded();
    const id = m.points.find((p) => p.text === text)?.id ?? text;
    expect(texts(movePoint(m, id, delta))).toBe(expected);
  });

  it('updates a point and shares the untouched ones; a no-op is the same meeting', () => {
    const m = seeded();
    const [a, x] = m.points;
    const next = updatePoint(m, x!.id, { kind: 'disagreement', department: '销售部' });
    expect(next.points[1]).toMatchObject({ kind: 'disagreement', department: '销售部', text: 'x' });
    expect(next.points[0]).toBe(a);
    expect(updatePoint(m, x!.id, { kind: 'viewpoint', text: undefined })).toBe(m);
    expect(updatePoint(m, 'nope', { text: 'y' })).toBe(m);
  });

  it('makes one decision of a point, however often asked', () => {
    const m = seeded();
    const b = m.points[2]!;
    const once = pointToDecision(m, b.id, () => 'd1');
    expect(once.decisions).toEqual([{ id: 'd1', topicId: 't1', pointId: b.id, text: 'b' }]);
    expect(pointToDecision(once, b.id, () => 'd2')).toBe(once);
    expect(pointToDecision(m, 'nope', () => 'd3')).toBe(m);
  });

  it('a decision follows its point until it is reworded on its own', () => {
    const m = pointToDecision(seeded(), 'b-id3', () => 'd1');
    const moved = updatePoint(m, 'b-id3', { text: 'b2', topicId: 't2' });
    expect(moved.decisions[0]).toMatchObject({ text: 'b2', topicId: 't2' });
    const reworded = { ...moved, decisions: [{ ...moved.decisions[0]!, text: '同意' }] };
    expect(updatePoint(reworded, 'b-id3', { text: 'b3' }).decisions[0]!.text).toBe('同意');
  });

  it('removing a point keeps its decision, unlinked', () => {
    const m = pointToDecision(seeded(), 'b-id3', () => 'd1');
    const next = removePoint(m, 'b-id3');
    expect(texts(next)).toBe('axc');
    expect(next.decisions).toEqual([{ id: 'd1', topicId: 't1', pointId: null, text: 'b' }]);
    expect(removePoint(next, 'b-id3')).toBe(next);
  });
});

describe('undo / redo', () => {
  type Step = (m: Meeting) => Meeting;
  const steps: Record<string, Step> = {
    add: (m) => addPoint(m, draft(`n${m.points.length}`), T0, () => `n${m.points.length}`),
    up: (m) => movePoint(m, m.points.at(-1)!.id, -1),
    edit: (m) => updatePoint(m, m.points[0]!.id, { text: 'edited' }),
    decide: (m) => pointToDecision(m, m.points[0]!.id, () => `d${m.decisions.length}`),
    drop: (m) => removePoint(m, m.points[0]!.id),
  };

  /** Runs a script: step names apply and record; `<` undoes, `>` redoes. */
  function run(script: string) {
    let m = seeded();
    let h = createHistory(captureOf(m));
    for (const word of script.split(' ').filter(Boolean)) {
      if (word === '<') h = undo(h);
      else if (word === '>') h = redo(h);
      else h = push(h, captureOf((m = steps[word]!(m))), sameCapture);
      m = withCapture(m, h.present);
    }
    return `${texts(m)}|${m.decisions.length}|${h.past.length}/${h.future.length}`;
  }

  it.each([
    ['', 'axbc|0|0/0'],
    ['add', 'axbcn4|0|1/0'],
    ['add <', 'axbc|0|0/1'],
    ['add < >', 'axbcn4|0|1/0'],
    ['add add < <', 'axbc|0|0/2'],
    ['add add < < < <', 'axbc|0|0/2'], // nothing more to undo
    ['add > >', 'axbcn4|0|1/0'], // nothing to redo
    ['add add < edit', 'editedxbcn4|0|2/0'], // a new step clears redo
    ['add up <', 'axbcn4|0|1/1'],
    ['edit decide drop < <', 'editedxbc|0|1/2'],
    ['decide decide', 'axbc|1|1/0'], // the second is a no-op: no undo step
    ['drop drop < > <', 'xbc|0|1/1'],
  ])('%s → %s', (script, expected) => {
    expect(run(script)).toBe(expected);
  });

  it('keeps the last 200 steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 250; i++) h = push(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < 300; i++) h = undo(h);
    expect(h.present).toBe(50);
    expect(h.future).toHaveLength(200);
  });

  it('shares the points it did not change instead of copying them', () => {
    const m = seeded();
    const h = push(createHistory(captureOf(m)), captureOf(steps.add!(m)), sameCapture);
    expect(h.present.points.slice(0, 4).every((p, i) => p === h.past[0]!.points[i])).toBe(true);
    expect(h.present.decisions).toBe(h.past[0]!.decisions);
  });

  it('restores only points and decisions, not other edits made meanwhile', () => {
    const m = seeded();
    let h = createHistory(captureOf(m));
    const added = steps.add!(m);
    h = undo(push(h, captureOf(added), sameCapture));
    const renamed = { ...added, title: '项目Q3推广跨部门协作会' };
    expect(withCapture(renamed, h.present)).toMatchObject({ title: '项目Q3推广跨部门协作会' });
    expect(texts(withCapture(renamed, h.present))).toBe('axbc');
  });
});
