import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../lib/export/csv';
import { exportHtml } from '../../../lib/export/html';
import { exportIcs } from '../../../lib/export/ics';
import { exportMarkdown } from '../../../lib/export/markdown';
import { exportPlainText } from '../../../lib/export/plainText';
import { golden } from '../../helpers/golden';
import { seedInput, TZ } from '../../helpers/seed';

/**
 * Golden files: the seed meeting exported in every format and language, compared byte for byte.
 * They are meant to be read: each one must look like minutes a recorder would send. After an
 * intended change, rewrite them with `UPDATE_GOLDEN=1 npx vitest run test/unit/export` and review
 * the diff. The `.golden` suffix keeps Prettier (which formats .md/.html) off them. Under CI=true a
 * missing golden file fails instead of being written.
 */
const DIR = join(process.cwd(), 'test/fixtures/export');
const env = { update: process.env.UPDATE_GOLDEN === '1', ci: process.env.CI === 'true' };

const formats = {
  'minutes.md': exportMarkdown,
  'minutes.html': exportHtml,
  'minutes.txt': exportPlainText,
  'action-plan.csv': exportCsv,
  'action-plan.ics': exportIcs,
} as const;

const cases = (['zh-CN', 'en'] as const).flatMap((lang) =>
  Object.entries(formats).map(([name, render]) => ({ lang, name, render })),
);

describe('golden exports of the seed meeting', () => {
  it.each(cases)('$lang $name', ({ lang, name, render }) => {
    const actual = render(seedInput(lang), { timeZone: TZ });
    const file = join(DIR, `${name.replace('.', `.${lang}.`)}.golden`);
    expect(actual).toBe(golden(file, actual, env));
  });

  it('fails under CI=true when a golden file is missing, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golden-'));
    try {
      const file = join(dir, 'minutes.zh-CN.md.golden');
      expect(() => golden(file, 'text', { update: false, ci: true })).toThrow(/missing/);
      expect(existsSync(file)).toBe(false);
      // A developer's first run writes it; UPDATE_GOLDEN=1 rewrites it, under CI too.
      expect(golden(file, 'text', { update: false, ci: false })).toBe('text');
      expect(golden(file, 'new', { update: true, ci: true })).toBe('new');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
