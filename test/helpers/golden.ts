import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The golden text `file` holds for `actual`. With `update` the file is rewritten first. A missing
 * file is written (a new format's first run on a developer's machine), except under CI, where
 * it fails: a golden file that CI writes itself compares the output with itself.
 */
export function golden(
  file: string,
  actual: string,
  env: { update: boolean; ci: boolean },
): string {
  if (!existsSync(file) && env.ci && !env.update) {
    throw new Error(`golden file missing under CI=true: ${file} (write it with UPDATE_GOLDEN=1)`);
  }
  if (env.update || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual, 'utf8');
  }
  return readFileSync(file, 'utf8');
}
