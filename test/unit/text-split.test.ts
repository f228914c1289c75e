import { describe, expect, it } from 'vitest';
import { joinList, splitList } from '../../lib/text-split';

describe('splitList', () => {
  it.each<[string, string[]]>([
    ['市场部，销售部', ['市场部', '销售部']],
    ['市场部；销售部', ['市场部', '销售部']],
    ['市场部、销售部', ['市场部', '销售部']],
    ['市场部,销售部; 产品部', ['市场部', '销售部', '产品部']],
    ['市场部\n销售部\r\n产品部', ['市场部', '销售部', '产品部']],
    ['，，市场部，，', ['市场部']],
    ['Sales, Marketing', ['Sales', 'Marketing']],
    ['  ', []],
  ])('%j', (text, list) => {
    expect(splitList(text)).toEqual(list);
  });

  it('reads back what joinList wrote, in either language', () => {
    const list = ['市场部', '销售部'];
    expect(splitList(joinList(list, 'zh-CN'))).toEqual(list);
    expect(splitList(joinList(list, 'en'))).toEqual(list);
  });
});
