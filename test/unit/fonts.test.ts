import { describe, expect, it } from 'vitest';
import { CJK_FONT_HINT, cjkFontHint } from '../../scripts/fonts.mjs';

describe('the Chinese font check of `npm start`', () => {
  it('asks for fonts-noto-cjk on a Linux machine without a Chinese font', () => {
    expect(cjkFontHint('linux', () => '')).toBe(CJK_FONT_HINT);
    expect(CJK_FONT_HINT).toContain('fonts-noto-cjk');
    expect(
      cjkFontHint('linux', () => {
        throw new Error('fc-list: not found');
      }),
    ).toBe(CJK_FONT_HINT);
  });

  it('says nothing when there is one, or off Linux', () => {
    expect(cjkFontHint('linux', () => 'Noto Sans CJK SC,Noto Sans CJK SC Regular\n')).toBeNull();
    expect(cjkFontHint('darwin', () => '')).toBeNull();
  });
});
