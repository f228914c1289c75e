import { join } from 'node:path';

/**
 * Where `npm test` put the build the end-to-end suites load: `.output/` (or `$WXT_OUT_DIR`, for
 * parallel builds) and the browser target's folder. Both suites, Chromium and Firefox, read it
 * from here, so a change of which build they test is made once. They test the demo build
 * (`npm run build:demo`, `npm run build:demo:firefox`): the store build plus the loopback demo
 * page the tests serve their fixtures on.
 */
export function builtExtension(target: 'chrome-mv3' | 'firefox-mv2'): string {
  return join(process.cwd(), process.env.WXT_OUT_DIR ?? '.output', `${target}-demo`);
}
