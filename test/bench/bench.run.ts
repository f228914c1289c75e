import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDir } from '../../scripts/serve.mjs';
import { closeSession, extensionPath, launch, newProfile, removeProfile } from '../e2e/harness';
import { putRecords, readRecords } from '../e2e/idb';
import { largeMeeting, otherMeetings } from './large';
import { bundleBytes, percentile, round, stats } from './measure';
import { exportTimes } from './exports';
import { docxThroughPanel } from './docx-ui';

/**
 * `npm run bench`: the product's speed, size and cost as numbers, each a median of several runs
 * with min and max, printed as a table and written to bench-results/results.json. Reported
 * against the targets, never asserted (tests assert behaviour; byte budgets are tests).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const rows: { metric: string; value: string; target: string; ok: boolean | null }[] = [];
const json: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS };
const report = (metric: string, value: string, target = '', ok: boolean | null = null) =>
  rows.push({ metric, value, target, ok });
const fmt = (s: ReturnType<typeof stats>, unit = 'ms') =>
  `${s.median} ${unit} (min ${s.min}, max ${s.max}, n=${s.n})`;

/** Resolves when `selector` exists, recording performance.now() at that moment inside the page. */
const READY_PROBE = `
  new MutationObserver((_, obs) => {
    const sel = window.__benchSelector;
    if (sel && document.querySelector(sel)) { window.__ready = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true, attributes: true });`;

/** Input event → next animation frame → the task after it, for every input event of the page. */
const LATENCY_PROBE = `
  window.__lat = []; window.__lastKey = 0;
  document.addEventListener('input', () => {
    const t = performance.now(); window.__lastKey = t;
    requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t)));
  }, true);`;

/** Types a line of Chinese (input events without keydown, as an IME commits) and reads the probe. */
async function typingLatency(page: Page, target: Locator): Promise<number[]> {
  await target.click();
  const line = '市场部建议优先推广线上渠道因用户调研数据显示七成目标用户活跃于小红书';
  await page.keyboard.type(line + line + line, { delay: 30 });
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

describe('bench', () => {
  afterAll(() => {
    const width = Math.max(...rows.map((r) => r.metric.length));
    console.log(
      '\n' +
        rows
          .map(
            (r) =>
              `${r.ok === null ? ' ' : r.ok ? '✓' : '✗'} ${r.metric.padEnd(width)}  ${r.value}${r.target ? `   [target ${r.target}]` : ''}`,
          )
          .join('\n'),
    );
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      join('bench-results', 'results.json'),
      JSON.stringify({ ...json, rows }, null, 2),
    );
  });

  it('bytes of each entrypoint and chunk', () => {
    const files = bundleBytes(extensionPath);
    json.bytes = files;
    for (const f of files) report(`bytes ${f.file} (${f.loads})`, `${f.raw} raw, ${f.gzip} gzip`);
    const startup = files.filter((f) => f.loads === 'panel start').reduce((s, f) => s + f.gzip, 0);
    const lazy = files.filter((f) => f.loads === 'lazy').reduce((s, f) => s + f.gzip, 0);
    const overlay = files.find((f) => f.file === 'overlay.js')!.gzip;
    report('panel start-up JS+CSS gzip', `${startup} B`, '≤ 51200 B', startup <= 51_200);
    report('lazily loaded JS gzip (exporters…)', `${lazy} B`);
    report(
      'content script on meeting pages (JS+CSS) gzip',
      `${overlay} B`,
      '≤ 6144 B',
      overlay <= 6144,
    );
  });

  it('export times for the large meeting (30 topics, 2,000 points, 500 items)', async () => {
    const times = await exportTimes(RUNS);
    json.exports = times;
    const targets: Record<string, number> = { markdown: 50, docx: 1000, xlsx: 1000 };
    for (const [format, s] of Object.entries(times)) {
      const t = targets[format];
      report(`export ${format}`, fmt(s), t ? `≤ ${t} ms` : '', t ? s.median <= t : null);
    }
  });

  it('Word export of the large meeting through the panel, in Chromium', async () => {
    const profile = newProfile();
    const session = await launch(profile);
    try {
      const { clickToFile, longestTask } = await docxThroughPanel(session, RUNS);
      json.docxThroughPanel = { clickToFile, longestTask };
      report(
        'Word export, large meeting: click → file',
        fmt(clickToFile),
        '≤ 1000 ms',
        clickToFile.median <= 1000,
      );
      report(
        'Word export, large meeting: longest main-thread task meanwhile',
        fmt(longestTask),
        '≤ 50 ms (0: none over 50)',
        longestTask.max <= 50,
      );
    } finally {
      await closeSession(session);
      removeProfile(profile);
    }
  });

  it('panel, capture input, durability and heap in Chromium', async () => {
    const profile = newProfile();
    const session = await launch(profile, 'zh-CN');
    try {
      /**
       * Navigation start → `selector` in the page. Also how much of that passed before the page's
       * own script could run (domInteractive: the browser making the page and parsing its HTML),
       * which no code of ours can shorten.
       */
      const measureReady = async (hash: string, selector: string) => {
        const samples: number[] = [];
        const before: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const page = await session.context.newPage();
          await page.bringToFront();
          await page.addInitScript(
            `window.__benchSelector = ${JSON.stringify(selector)};${READY_PROBE}`,
          );
          await page.goto(session.panelUrl + hash);
          await page.waitForSelector(selector);
          const [ready, interactive] = await page.evaluate(() => [
            (window as unknown as { __ready: number }).__ready,
            (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
              .domInteractive,
          ]);
          samples.push(ready!);
          before.push(interactive!);
          await page.close();
        }
        return Object.assign(stats(samples), { browserPart: stats(before).median });
      };
      const fmtReady = (s: Awaited<ReturnType<typeof measureReady>>) =>
        `${fmt(s)}; before our script: ${s.browserPart} ms`;
      const empty = await measureReady('', '.list .empty');
      report('panel ready, empty store', fmtReady(empty));

      // Seed: the large meeting, its 500 items and 200 other meetings, straight into IndexedDB.
      const { meeting, items } = largeMeeting();
      const seedPage = await session.context.newPage();
      await seedPage.goto(session.panelUrl);
      await putRecords(seedPage, { meetings: [meeting, ...otherMeetings()], actionItems: items });
      // Seeded raw, as an earlier version left it: its first open seals it (lib/store/seal.ts),
      // as every save through the app does; the figure below is every open after that one.
      await seedPage.goto(`${session.panelUrl}#/meeting/${meeting.id}`);
      await expect
        .poll(async () => 'seal' in (await readRecords<object>(seedPage, 'meetings', meeting.id)), {
          timeout: 30_000,
        })
        .toBe(true);
      await seedPage.close();
      // The list shows the newest month open, its rows fifty at a time (components/meeting/
      // MeetingGroups.tsx): ready is its first row.
      const list = await measureReady('', '.meetings li');
      report('panel ready, list of 201 meetings (first screen)', fmtReady(list));
      const large = await measureReady(`#/meeting/${meeting.id}`, '#f-title');
      report('panel ready, large meeting open', fmtReady(large), '≤ 150 ms', large.median <= 150);
      json.panelReady = { empty, list, large };

      // Keystroke to paint in the capture view, and the same on a bare textarea as a baseline:
      // the probe waits for the next frame, so even an empty page shows up to one frame
      // (16.7 ms) of waiting; what the panel adds is the difference between the two.
      const page = await session.context.newPage();
      await page.addInitScript(LATENCY_PROBE);
      await page.goto(`${session.panelUrl}#/meeting/${meeting.id}`);
      await page.bringToFront(); // animation frames only run in the page in front
      await page.getByRole('tab', { name: '记录' }).click();
      const target = page.locator('[data-bench=capture-input]');
      await target.waitFor({ timeout: 20_000 });
      const lat = await typingLatency(page, target);
      const bare = await session.context.newPage();
      await bare.setContent('<textarea rows="2" aria-label="baseline"></textarea>');
      await bare.evaluate(LATENCY_PROBE); // setContent does not navigate: no init scripts run
      await bare.bringToFront();
      const base = await typingLatency(bare, bare.locator('textarea'));
      await bare.close();
      await page.bringToFront();
      const [p50, p95] = [percentile(lat, 50), percentile(lat, 95)];
      const [b50, b95] = [percentile(base, 50), percentile(base, 95)];
      report(
        'keystroke to paint, capture input, 2,000 points, p50 / p95',
        `${p50} / ${p95} ms (n=${lat.length})`,
        'p95 ≤ 16 ms',
        p95 <= 16,
      );
      report(
        'keystroke to paint, bare textarea (baseline), p50 / p95',
        `${b50} / ${b95} ms (n=${base.length})`,
      );
      report(
        'keystroke to paint, added by the panel (p95 − baseline p95)',
        `${round(p95 - b95)} ms`,
        '≤ 16 ms',
        p95 - b95 <= 16,
      );
      json.inputLatency = { p50, p95, n: lat.length, baseline: { p50: b50, p95: b95 } };
      await page.getByRole('tab', { name: '基本信息' }).click();

      // Last keystroke → durable in IndexedDB.
      const durable: number[] = [];
      await page.locator('#f-goal').click();
      for (let i = 0; i < RUNS; i++) {
        const marker = `·${i}${Date.now() % 1000}`;
        await page.keyboard.type(marker);
        durable.push(
          await page.evaluate(
            async ({ id, marker }) => {
              const w = window as unknown as { __lastKey: number };
              const db: IDBDatabase = await new Promise((ok) => {
                const r = indexedDB.open('minutes');
                r.onsuccess = () => ok(r.result);
              });
              for (;;) {
                const m = await new Promise<{ goal?: string } | undefined>((ok) => {
                  const r = db.transaction('meetings').objectStore('meetings').get(id);
                  r.onsuccess = () => ok(r.result);
                });
                if (m?.goal?.endsWith(marker)) return performance.now() - w.__lastKey;
                await new Promise((ok) => setTimeout(ok, 5));
              }
            },
            { id: meeting.id, marker },
          ),
        );
      }
      const d = stats(durable);
      report('last keystroke → durable in IndexedDB', fmt(d), '≤ 500 ms', d.median <= 500);
      json.durable = d;

      // Last keystroke in one view → the edit shown in a second view of the same meeting (the
      // save, storage.onChanged, the other view's read and merge). The tests only check that it
      // arrives; this is how fast.
      const other = await session.context.newPage();
      await other.goto(`${session.panelUrl}#/meeting/${meeting.id}`);
      await other.locator('#f-goal').waitFor();
      await page.bringToFront();
      const crossView: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const marker = `·v${i}${Date.now() % 1000}`;
        await page.locator('#f-goal').click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type(marker);
        const typedAt = Date.now();
        const seenAt = await other.evaluate(async (marker) => {
          const goal = document.querySelector<HTMLTextAreaElement>('#f-goal')!;
          while (!goal.value.endsWith(marker)) await new Promise((ok) => setTimeout(ok, 5));
          return Date.now();
        }, marker);
        crossView.push(seenAt - typedAt);
      }
      await other.close();
      const cv = stats(crossView);
      report('last keystroke → shown in a second view', fmt(cv));
      json.crossView = cv;

      const cdp = await session.context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      report('panel JS heap, large meeting open', `${round(heap.usedSize / 1048576)} MiB`);
      json.heapBytes = heap.usedSize;
    } finally {
      await closeSession(session);
      removeProfile(profile);
    }
  });

  it("the overlay's cost on a meeting page", async () => {
    const profile = newProfile();
    const session = await launch(profile);
    const demo = await serveDir(join(process.cwd(), 'demo'), { prefix: '/minutes-demo/' });
    try {
      // A running meeting, written as the panel writes it.
      const panel = await session.context.newPage();
      await panel.goto(session.panelUrl);
      await panel.evaluate(async () => {
        const now = Date.now();
        const at = new Date(now).toISOString();
        await (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({
          live: {
            meetingId: 'bench',
            title: '基准',
            writer: 'bench',
            locale: 'zh-CN',
            changedAt: now,
            alerts: { warnMinutes: 2, chime: false, notify: false },
            topics: [{ id: 't', title: 'Q2推广活动复盘', plannedMinutes: 20 }],
            timing: {
              startedAt: at,
              endedAt: null,
              currentTopicId: 't',
              records: [{ topicId: 't', segments: [{ start: at, end: null }], extraMinutes: 0 }],
            },
          },
        });
      });
      // Panel → overlay: the live state written (as the panel's Start/Next does) → the overlay
      // on the meeting page shows the new topic.
      const follow: number[] = [];
      const watcher = await session.context.newPage();
      await watcher.goto(`${demo.url}meeting.html`);
      await watcher.locator('minutes-overlay').waitFor();
      for (let i = 0; i < RUNS; i++) {
        const title = `议题 ${i} ${Date.now() % 1000}`;
        const wait = watcher.evaluate(async (title) => {
          const root = document.querySelector('minutes-overlay')!.shadowRoot!;
          while (!root.textContent?.includes(title)) await new Promise((ok) => setTimeout(ok, 5));
          return Date.now();
        }, title);
        const writtenAt = await panel.evaluate(async (title) => {
          const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
          const { live } = (await api.storage.local.get('live')) as {
            live: { topics: { title: string }[]; changedAt: number };
          };
          live.topics[0]!.title = title;
          live.changedAt = Date.now();
          const at = Date.now();
          await api.storage.local.set({ live });
          return at;
        }, title);
        follow.push((await wait) - writtenAt);
      }
      await watcher.close();
      const fo = stats(follow);
      report('timer change in the panel → shown by the overlay', fmt(fo));

      const evals: number[] = [];
      let longTasks = 0;
      let loadLongTasks = 0;
      let evalMax = 0;
      let wakeups = 0;
      for (let i = 0; i < Math.min(RUNS, 3); i++) {
        const page = await session.context.newPage();
        const cdp = await session.context.newCDPSession(page);
        const events: { name: string; dur?: number; args?: { data?: { url?: string } } }[] = [];
        cdp.on('Tracing.dataCollected', (e) =>
          events.push(...(e.value as unknown as typeof events)),
        );
        await cdp.send('Tracing.start', {
          categories: 'devtools.timeline',
          transferMode: 'ReportEvents',
        });
        await page.addInitScript(`
          window.__long = [];
          new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });`);
        await page.goto(`${demo.url}meeting.html`);
        await page.locator('minutes-overlay').waitFor();
        const shown = await page.evaluate(() => performance.now());
        // Count changes of the displayed clock for 10 s: one wake-up per visible second at most.
        const changes = await page.evaluate(async () => {
          const clock = document
            .querySelector('minutes-overlay')!
            .shadowRoot!.querySelector('[role=timer]')!;
          let n = 0;
          const obs = new MutationObserver(() => n++);
          obs.observe(clock, { childList: true, characterData: true, subtree: true });
          await new Promise((ok) => setTimeout(ok, 10_000));
          obs.disconnect();
          return n;
        });
        wakeups += changes * 6;
        const long = await page.evaluate(
          () => (window as unknown as { __long: [number, number][] }).__long,
        );
        // Long tasks while the overlay runs count against it; during the page's own load they
        // are reported apart, with the overlay's evaluation time showing whether it was one.
        longTasks += long.filter(([start]) => start >= shown).length;
        loadLongTasks += long.filter(([start]) => start < shown).length;
        const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
        await cdp.send('Tracing.end');
        await done;
        const evalUs = events
          .filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/overlay.js'))
          .reduce((s, e) => s + (e.dur ?? 0), 0);
        evals.push(evalUs / 1000);
        evalMax = Math.max(
          evalMax,
          ...events
            .filter(
              (e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/overlay.js'),
            )
            .map((e) => (e.dur ?? 0) / 1000),
        );
        await page.close();
      }
      const n = Math.min(RUNS, 3);
      const ev = stats(evals);
      report('overlay script evaluation', fmt(ev));
      report('overlay long tasks', `${longTasks} in ${n} × 10 s`, '0', longTasks === 0);
      report(
        'long tasks while the meeting page loads',
        `${loadLongTasks} in ${n} loads; the overlay's longest evaluation ${round(evalMax)} ms`,
        'overlay evaluation < 50 ms',
        evalMax < 50,
      );
      report('overlay wake-ups per minute, visible', `${round(wakeups / n)}`, '≤ 60');
      report(
        'overlay wake-ups per minute, hidden',
        '0 (test/components/overlay/overlay.test.tsx counts timers while hidden; headless Chromium cannot hide a page)',
        '0',
        true,
      );
      json.overlay = {
        followMs: fo,
        evaluationMs: ev,
        longTasks,
        loadLongTasks,
        evalMaxMs: evalMax,
        wakeupsPerMinuteVisible: wakeups / n,
      };
    } finally {
      demo.close();
      await closeSession(session);
      removeProfile(profile);
    }
  });
});
