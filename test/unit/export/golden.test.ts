import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../lib/export/csv';
import { exportHtml } from '../../../lib/export/html';
import { exportIcs } from '../../../lib/export/ics';
import { exportMarkdown } from '../../../lib/export/markdown';
import { exportPlainText } from '../../../lib/export/plainText';
import { seedInput, TZ } from './seed';

/**
 * Golden files: the seed meeting exported in every format and language, compared byte for byte.
 * They are meant to be read: each one must look like minutes a recorder would send. After an
 * intended change, rewrite them with `UPDATE_GOLDEN=1 npx vitest run test/unit/export` and review
 * the diff. The `.golden` suffix keeps Prettier (which formats .md/.html) off them.
 */
const DIR = join(process.cwd(), 'test/fixtures/export');
const update = process.env.UPDATE_GOLDEN === '1';

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
    if (update || !existsSync(file)) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, actual, 'utf8');
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
