import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { panelStartup } from '../bench/measure';

/** Byte budgets (docs/ARCHITECTURE.md, "Budgets"), deterministic, so they are tests. */
const out = join(process.cwd(), process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

const panelStartupFiles = () => [...panelStartup(out)];

describe('bundle budgets', () => {
  it('the panel starts with ≤ 50 KB gzip of JS and CSS', () => {
    const files = panelStartupFiles();
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    const total = files.reduce((sum, f) => sum + gz(join(out, f)), 0);
    expect(total).toBeLessThanOrEqual(50 * 1024);
  });

  it('the background worker stays small (≤ 57 KB gzip)', () => {
    // It holds the platform matchers, the repositories for docked panels, reminders, the schema
    // and the polyfill; it never loads on web pages, so its budget is about start-up after idle.
    // 32 KB until issue 17: the group robots' outbox, channel and the reminder and digest formats
    // must be in the worker (it posts when no page is open; MV3 workers cannot import() later).
    // Minutes are formatted by the page that sends them (lib/robots/compose-minutes.ts).
    // 40 KB until issues 16 and 18 met in one build (44.9 KB): the worker's repositories serve
    // docked frames denied IndexedDB, so they carry the search (tokeniser, query, snippets) and
    // the tracker's item queries that pages load lazily (a worker build has no chunks), plus the
    // WebDAV channel. Next: serve those two through a page instead and come back under 40 KB.
    // 48 KB until issue 18's sync (44.9 → 51.1 KB): the pass runs in the worker (on start, on the
    // alarm, after a change, with no page open), and its lazy import() is inlined like the rest.
    // 52 KB until the sync met the search's per-save delta writes in one build (52.1 KB): both
    // write through the repositories the worker holds. The way back down is the one above.
    // 54 KB until the sync took each meeting's history and the person's settings (53.2 → 56.2
    // KB): their merges (union and renumbering, field-wise with the later change) run in the
    // pass like the records'. Nothing of it can wait for a page or an import(); the rest of the
    // worker was searched (a source-map breakdown) for savings of that size: none short of the
    // move above, or of dropping webextension-polyfill (~9.6 KB minified here), a choice for
    // the whole extension.
    expect(gz(join(out, 'background.js'))).toBeLessThanOrEqual(57 * 1024);
  });

  it('the overlay injected into meeting pages is ≤ 6 KB gzip, JS and CSS together', () => {
    // The CSS is inlined into the script (one file to inject); WXT content-script CSS would be extra.
    expect(readdirSync(out)).not.toContain('content-scripts');
    expect(gz(join(out, 'overlay.js'))).toBeLessThanOrEqual(6 * 1024);
  });
});
