import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The project's own conventions (docs/ARCHITECTURE.md), enforced: lib/ is the pure domain, so it may not touch
 * browser or DOM globals except in the modules that are named adapters; components render and get
 * the outside world through context; entrypoints stay thin.
 */
const root = process.cwd();

function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory()
      ? files(path, ext)
      : ext.test(name)
        ? [path]
        : [];
  });
}

/** The code of a file without comments and string contents (a message may say "window."). */
const source = (path: string) =>
  readFileSync(join(root, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''");

/** Modules allowed to reach browser APIs: each is the one adapter for its API. */
const ADAPTERS = ['lib/store/', 'lib/adapters/'];

const BROWSER_GLOBALS =
  /\b(browser|chrome)\.\w|\b(window|document|indexedDB|localStorage|sessionStorage|navigator|BroadcastChannel|location)\b\s*[.(]/;

describe('conventions', () => {
  const lib = files('lib');

  it('finds the code it checks', () => {
    expect(lib.length).toBeGreaterThan(5);
  });

  it.each(lib.filter((f) => !ADAPTERS.some((a) => f.startsWith(a))))(
    '%s uses no browser or DOM globals',
    (file) => {
      expect(source(file)).not.toMatch(BROWSER_GLOBALS);
    },
  );

  // The domain does not depend on the views: the services' types live in lib/env.ts.
  it.each(lib)('%s imports nothing from components/', (file) => {
    expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/from '(\.\.\/)+components\//);
  });

  // Code cites the repository's own documents (docs/), which a newcomer has.
  it.each([...lib, ...files('components'), ...files('entrypoints'), ...files('test')])(
    '%s cites no document outside the repository',
    (file) => {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text).not.toMatch(/(^|[^/\w])(DESIGN|DOMAIN|FIREFOX)\.md|\.\.\/shared\//);
    },
  );

  it.each(files('components'))('%s calls no browser API directly', (file) => {
    expect(source(file)).not.toMatch(/\b(browser|chrome)\.\w|\bindexedDB\b|from 'idb'/);
  });

  // The repositories announce their own writes (lib/store/announce.ts); a component that
  // published by hand would bring back the improvised messages issue 14 removed.
  it.each(files('components'))('%s does not publish on the change feed', (file) => {
    expect(source(file)).not.toMatch(/\.publish\(/);
  });

  it.each([...lib, ...files('components'), ...files('entrypoints')])(
    '%s has no HTML sink and stays small',
    (file) => {
      const text = source(file);
      expect(text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/);
      expect(text.split('\n').length).toBeLessThanOrEqual(300);
    },
  );

  // The entry files wire; a page's own view code (e.g. the overlay's plain-DOM view) sits beside them.
  const entryFiles = files('entrypoints').filter((f) =>
    /(background\.ts|index\.ts|main\.tsx)$/.test(f),
  );
  it.each(entryFiles)('%s is thin (wires, does not decide)', (file) => {
    expect(source(file).split('\n').length).toBeLessThanOrEqual(80);
  });

  it('every test file lives under test/', () => {
    const stray = [...lib, ...files('components')].filter((f) => /\.test\.tsx?$/.test(f));
    expect(stray.map((f) => relative(root, f))).toEqual([]);
  });
});
