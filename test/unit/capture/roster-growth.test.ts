import { describe, expect, it } from 'vitest';
import { mergeRoster, parseRoster } from '../../../lib/capture/roster';
import { expectLinear } from '../../helpers/growth';

/** n distinct three-character Chinese names (up to 40 million). */
const names = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `张${String.fromCharCode(0x4e00 + (i % 2000))}${String.fromCharCode(0x4e00 + Math.floor(i / 2000))}`,
  );

/**
 * The sign-in paste box parses what is typed or pasted; the hostile inputs that froze the panel
 * (1.6 s for 1 KB of spaces, 12 s for 8,000 names) must cost time in proportion to their length.
 * Each row: the input at size n; the test compares it with size 10n.
 */
const INPUTS: [label: string, make: (n: number) => string, n: number][] = [
  ['spaces between two names', (n) => `张三${' '.repeat(n)}李四`, 100],
  ['spaces before a parenthesis', (n) => `市场部: 张三${' '.repeat(n)}(经理)`, 100],
  ['a line of em dashes', (n) => '—'.repeat(n), 1600],
  ['dashes and spaces', (n) => '— '.repeat(n / 2), 1600],
  ['由张三代 repeated', (n) => '由张三代'.repeat(n / 4), 1600],
  ['one line of Han characters', (n) => '张'.repeat(n), 1600],
  ['代参会 repeated', (n) => '张三代参会'.repeat(n / 5), 1600],
  ['open parentheses', (n) => '张三('.repeat(n / 3), 1500],
  ['dots and spaces', (n) => '张三. '.repeat(n / 4), 1600],
  ['English substitutes', (n) => 'Dave substitute: '.repeat(n / 17), 1700],
  ['a department heading per line', (n) => '市场部:\n'.repeat(n / 5), 500],
  ['distinct names', (n) => `市场部: ${names(n).join('、')}`, 100],
  ['distinct names, one per line', (n) => names(n).join('\n'), 100],
  [
    'distinct absentees with substitutes',
    (n) =>
      names(n)
        .map((x) => `${x}(出差,钱七代参会)`)
        .join('\n'),
    100,
  ],
];

describe('parseRoster takes time in proportion to its input', () => {
  it.each(INPUTS)(
    '%s',
    (_label, make, n) => {
      const ratio = expectLinear(make, (s) => parseRoster(s), n);
      console.info(`[roster growth] ${_label}: ${ratio.toFixed(1)}× the time for 10× the input`);
    },
    120_000,
  );

  it('8,000 distinct names all come out, once each', () => {
    const list = names(8000);
    const { attendees, unparsed } = parseRoster(`市场部: ${list.join('、')}`);
    expect(unparsed).toEqual([]);
    expect(attendees.map((a) => a.name)).toEqual(list);
  });
});

describe('mergeRoster takes time in proportion to the people', () => {
  it('merging n pasted people into n existing ones', () => {
    const make = (n: number) => {
      const list = names(n);
      let id = 0;
      const existing = mergeRoster(
        [],
        parseRoster(list.slice(0, n / 2).join('、')).attendees,
        () => `e${++id}`,
      );
      return { existing, parsed: parseRoster(list.join('、')).attendees };
    };
    expectLinear(make, ({ existing, parsed }) => mergeRoster(existing, parsed, () => 'x'), 200);
  }, 120_000);
});
