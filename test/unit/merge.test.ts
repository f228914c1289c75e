import { describe, expect, it } from 'vitest';
import { deepEqual, merge3 } from '../../lib/merge';

const p = (id: string, text: string) => ({ id, text });

describe('merge3', () => {
  it.each([
    ['only local changed', { a: 1, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 1 }, { a: 2, b: 1 }],
    ['only remote changed', { a: 1, b: 1 }, { a: 1, b: 1 }, { a: 1, b: 3 }, { a: 1, b: 3 }],
    ['different fields', { a: 1, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 3 }, { a: 2, b: 3 }],
    ['same field: local wins', { a: 1 }, { a: 2 }, { a: 3 }, { a: 2 }],
    [
      'nested objects merge per key',
      { n: { x: 1, y: 1 } },
      { n: { x: 2, y: 1 } },
      { n: { x: 1, y: 2 } },
      { n: { x: 2, y: 2 } },
    ],
    ['key added remotely', { a: 1 }, { a: 2 }, { a: 1, c: 5 }, { a: 2, c: 5 }],
    ['key removed remotely, untouched locally', { a: 1, c: 5 }, { a: 2, c: 5 }, { a: 1 }, { a: 2 }],
  ])('%s', (_name, base, local, remote, expected) => {
    expect(merge3<unknown>(base, local, remote)).toEqual(expected);
  });

  it('keeps points added on both sides, local order first', () => {
    const base = [p('1', 'a')];
    const local = [p('1', 'a'), p('2', 'mine')];
    const remote = [p('1', 'a'), p('3', 'theirs')];
    expect(merge3(base, local, remote)).toEqual([p('1', 'a'), p('2', 'mine'), p('3', 'theirs')]);
  });

  it('merges edits to different points and to different fields of one point', () => {
    const base = [
      { id: '1', text: 'a', kind: 'viewpoint' },
      { id: '2', text: 'b', kind: 'viewpoint' },
    ];
    const local = [
      { id: '1', text: 'a!', kind: 'viewpoint' },
      { id: '2', text: 'b', kind: 'viewpoint' },
    ];
    const remote = [
      { id: '1', text: 'a', kind: 'consensus' },
      { id: '2', text: 'b?', kind: 'viewpoint' },
    ];
    expect(merge3(base, local, remote)).toEqual([
      { id: '1', text: 'a!', kind: 'consensus' },
      { id: '2', text: 'b?', kind: 'viewpoint' },
    ]);
  });

  it('a deletion wins over an untouched record, but not over an edited one', () => {
    const base = [p('1', 'a'), p('2', 'b')];
    const local = [p('2', 'b')]; // deleted 1
    const remote = [p('1', 'a'), p('2', 'b edited')];
    expect(merge3(base, local, remote)).toEqual([p('2', 'b edited')]);
    const remoteEditsDeleted = [p('1', 'a edited'), p('2', 'b')];
    expect(merge3(base, local, remoteEditsDeleted)).toEqual([p('2', 'b'), p('1', 'a edited')]);
  });

  it('takes the order of the side that reordered', () => {
    const base = [p('1', 'a'), p('2', 'b'), p('3', 'c')];
    const remote = [p('3', 'c'), p('1', 'a'), p('2', 'b')];
    const local = [p('1', 'a!'), p('2', 'b'), p('3', 'c')];
    expect(merge3(base, local, remote)).toEqual([p('3', 'c'), p('1', 'a!'), p('2', 'b')]);
  });

  it('plain arrays are values: local wins when both changed', () => {
    expect(merge3(['a'], ['a', 'b'], ['a', 'c'])).toEqual(['a', 'b']);
    expect(merge3(['a'], ['a'], ['a', 'c'])).toEqual(['a', 'c']);
  });
});

describe('deepEqual', () => {
  it.each([
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [[1, 2], [2, 1], false],
    [null, {}, false],
    ['x', 'x', true],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(deepEqual(a, b)).toBe(expected);
  });
});
