import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

/** Median, min and max of a list of samples. */
export function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const median =
    s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { median: round(median), min: round(s[0]!), max: round(s.at(-1)!), n: s.length };
}

/** The `stats` of `runs` timings of `run` (ms), one after another. */
export async function timeRuns(runs: number, run: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!);
}

export const round = (n: number) => Math.round(n * 100) / 100;

/** Every JS/CSS/HTML file of a build with raw and gzip bytes, and whether the panel loads it at start. */
export function bundleBytes(out: string) {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(name)) files.push(relative(out, p));
    }
  };
  walk(out);
  const startup = panelStartup(out);
  return files.sort().map((file) => {
    const buf = readFileSync(join(out, file));
    return {
      file,
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      loads:
        file === 'overlay.js'
          ? 'meeting pages'
          : startup.has(file)
            ? 'panel start'
            : file.endsWith('.html')
              ? 'page'
              : file === 'background.js'
                ? 'background'
                : 'lazy',
    };
  });
}

/** The files the panel page loads before it can render: its HTML's scripts/styles and their static imports. */
export function panelStartup(out: string): Set<string> {
  const html = readFileSync(join(out, 'sidepanel.html'), 'utf8');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(out, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w{}*,\s$]+from\s*)?["']([^"']+)["']/g,
    )) {
      visit(join(file, '..', m[1]!).replace(/^\.\//, ''));
    }
  };
  for (const m of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) visit(m[1]!);
  // The UI language's catalogue is a dynamic import, but awaited before the first render:
  // count the bigger of the two as start-up.
  const catalogues = readdirSync(join(out, 'chunks'))
    .filter((f) => /^(en|zh-CN)-[\w-]+\.js$/.test(f))
    .map((f) => `chunks/${f}`)
    .sort((a, b) => statSync(join(out, b)).size - statSync(join(out, a)).size);
  if (catalogues[0]) visit(catalogues[0]);
  return seen;
}
