import { describe, it } from 'vitest';
import { parsePrefix, prefixHint } from '../../../lib/capture/prefix';
import { expectLinear } from '../../helpers/growth';

const departments = ['市场部', '市场运营部', '销售部', '产品部', '财务部', 'Sales', 'Marketing'];
const speakers = ['张三', '张三丰', '李四', 'Alice'];

/**
 * The talking-point input asks for a completion hint and parses the prefixes on every keystroke;
 * a point may be 10,000 characters long (76 ms a keystroke there before). What the hint looks at
 * is the last word and the prefixes at the start, so its cost must not grow with the text: the
 * bound here is 3× the time for 10× the text (a linear cost would show 10×).
 */
const TEXTS: [label: string, make: (n: number) => string][] = [
  ['a word ending in a space', (n) => `${'转'.repeat(n - 1)} `],
  ['words and spaces', (n) => '转化 '.repeat(n / 3)],
  ['spaces only', (n) => ' '.repeat(n)],
  ['a prefix, then text', (n) => `@市场部 #张三 !共识 ${'转'.repeat(n)}`],
  ['text, then a prefix being typed', (n) => `${'转'.repeat(n)} @市`],
  ['prefixes all the way', (n) => '@市场部 '.repeat(n / 5)],
  ['an unknown department as long as the text', (n) => `@${'部'.repeat(n)}`],
  ['markers only', (n) => '@#!'.repeat(n / 3)],
  ['English words', (n) => 'a '.repeat(n / 2)],
];

describe('the prefix hint does not grow with the point’s length', () => {
  it.each(TEXTS)('%s', (_label, make) => {
    const ratio = expectLinear(make, (s) => prefixHint(s, departments, speakers), 1000, 3);
    console.info(`[prefix growth] hint, ${_label}: ${ratio.toFixed(1)}× for 10× the text`);
  });

  it.each(TEXTS)('parsing the prefixes: %s', (_label, make) => {
    const ratio = expectLinear(make, (s) => parsePrefix(s, departments, speakers), 1000, 3);
    console.info(`[prefix growth] parse, ${_label}: ${ratio.toFixed(1)}× for 10× the text`);
  });
});
