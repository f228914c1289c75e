import { describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/en';
import { zhCN } from '../../lib/i18n/zh-CN';
import { COMMAND_KEYS, SHORTCUT_GROUPS } from '../../lib/shortcuts';

describe('the shortcut list', () => {
  it('has groups with unique ids, each with shortcuts that have words in both languages', () => {
    const ids = SHORTCUT_GROUPS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const group of SHORTCUT_GROUPS) {
      expect(group.keys.length, group.id).toBeGreaterThan(0);
      for (const key of [group.title, ...group.keys.map(([, label]) => label)]) {
        expect(en[key].trim(), key).not.toBe('');
        expect(zhCN[key].trim(), key).not.toBe('');
      }
    }
  });

  it('starts with the browser commands, as the manifest declares them', () => {
    expect(SHORTCUT_GROUPS[0]!.keys.map(([keys]) => keys)).toEqual([
      COMMAND_KEYS.panel,
      COMMAND_KEYS.dock,
    ]);
    expect(COMMAND_KEYS).toEqual({ panel: 'Alt+Shift+M', dock: 'Alt+Shift+D' });
  });
});
