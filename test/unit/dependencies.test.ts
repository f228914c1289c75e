import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` installs code only: no package downloads a browser or any other binary at install
 * (the end-to-end suites drive the Chromium and Firefox installed on the machine, through
 * playwright-core and puppeteer-core, which download nothing). The only install script is the
 * project's own `wxt prepare`.
 */
const lock = JSON.parse(readFileSync(join(process.cwd(), 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

describe('dependencies', () => {
  it('run no install script of their own', () => {
    const scripted = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.hasInstallScript)
      .map(([path]) => path);
    expect(scripted).toEqual([]);
  });

  it('include neither full package that fetches a browser (puppeteer, playwright)', () => {
    const names = Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, ''));
    expect(names).toContain('puppeteer-core');
    expect(names).toContain('playwright-core');
    expect(names).not.toContain('puppeteer');
    expect(names).not.toContain('playwright');
  });
});
