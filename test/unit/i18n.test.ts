import { describe, expect, it } from 'vitest';
import { createTranslate, pickLocale } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import { zhCN } from '../../lib/i18n/zh-CN';

describe('i18n', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['en-US', 'zh-CN'], 'en'],
    [['ja', 'zh-HK', 'en'], 'zh-CN'],
    [['de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(pickLocale(languages)).toBe(expected);
  });

  it('both catalogues have every key, none empty, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      const zh = zhCN[key as keyof typeof en];
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(value));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslate('zh-CN');
    expect(t('list.deleted', { title: '周会' })).toBe('已删除“周会”。');
    expect(t('list.deleted')).toBe('已删除“{title}”。');
  });
});
