// Chinese text needs a CJK font: without one (a bare Linux install), Chromium draws every Chinese
// character of the panel and the demo meeting as a box. Debian/Ubuntu: fonts-noto-cjk.
import { execFileSync } from 'node:child_process';

export const CJK_FONT_HINT =
  'No Chinese (CJK) font found: Chinese text will show as boxes. ' +
  'Install one (Debian/Ubuntu: `sudo apt-get install -y fonts-noto-cjk`).';

/**
 * The hint to print when this Linux machine has no font for Chinese, else null. `list` runs
 * `fc-list :lang=zh family` (fontconfig, which Chromium uses on Linux); elsewhere nothing is checked.
 */
export function cjkFontHint(
  platform = process.platform,
  list = () => execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }),
) {
  if (platform !== 'linux') return null;
  let fonts = '';
  try {
    fonts = list();
  } catch {
    return CJK_FONT_HINT; // no fontconfig: no fonts Chromium could find either
  }
  return fonts.trim() ? null : CJK_FONT_HINT;
}
