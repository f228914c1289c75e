import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CaptureView } from '../../../components/capture/CaptureView';
import type { Meeting, TalkingPoint } from '../../../lib/schema';
import { renderWithEnv } from '../../helpers/render';
import { host, press, seedWithAgenda } from '../../helpers/capture-host';

const KINDS = ['viewpoint', 'viewpoint', 'viewpoint', 'disagreement', 'consensus'] as const;
const DEPTS = ['市场部', '销售部', '产品部', '财务部'];

/** A long meeting: 2,000 points, all in the topic being typed into (the worst case). */
function longMeeting(n = 2000): Meeting {
  const m = seedWithAgenda();
  const points: TalkingPoint[] = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    topicId: 't1',
    department: DEPTS[i % DEPTS.length]!,
    speaker: '',
    kind: KINDS[i % KINDS.length]!,
    text: `第${i}条:Q2线上曝光量达200万,但转化率低于目标(3% vs 目标5%)。`,
    at: new Date(Date.parse('2026-03-02T06:00:00Z') + i * 1000).toISOString(),
  }));
  return { ...m, points };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

describe('typing with 2,000 points', () => {
  // Rendering 2,000 rows in happy-dom takes seconds on a loaded machine (8.7 s seen while other
  // suites ran): what this test checks is which nodes change, not how fast, so it gets a minute.
  it(
    'touches nothing in the list while typing, and one row per Enter',
    { timeout: 60_000 },
    async () => {
      const h = host(longMeeting(), CaptureView);
      const started = performance.now();
      const { container } = await renderWithEnv(h.ui, { locale: 'zh-CN' });
      const box = (await screen.findByLabelText('“Q2推广活动复盘”的新要点')) as HTMLTextAreaElement;
      const firstRender = performance.now() - started;
      const list = container.querySelector('.cap-list')!;
      expect(list.querySelectorAll('[data-point]')).toHaveLength(2000);

      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((records) => mutations.push(...records));
      observer.observe(list, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });

      const perKey: number[] = [];
      const text = '@市场部 市场部建议优先推广线上渠道因用户调研数据显示七成目标用户活跃于小红书';
      box.focus();
      for (const ch of text) {
        const t0 = performance.now();
        box.value += ch;
        fireEvent.input(box);
        perKey.push(performance.now() - t0);
      }
      await Promise.resolve();
      expect(observer.takeRecords().concat(mutations)).toEqual([]); // no row rendered per keystroke

      const before = [...list.querySelectorAll('[data-point]')];
      const perEnter: number[] = [];
      for (let i = 0; i < 5; i++) {
        if (i) fireEvent.input(Object.assign(box, { value: `@销售部 补充第${i}条` }));
        const t0 = performance.now();
        press(box, 'Enter');
        perEnter.push(performance.now() - t0);
      }
      await Promise.resolve();
      observer.disconnect();
      const removed = [...mutations, ...observer.takeRecords()].flatMap((r) => [...r.removedNodes]);
      expect(removed.filter((n) => n instanceof HTMLElement)).toEqual([]); // no row re-made
      expect(before.every((row) => row.isConnected)).toBe(true);
      expect(list.querySelectorAll('[data-point]')).toHaveLength(2005);
      expect(h.state.meeting.points).toHaveLength(2005);

      console.info(
        `[capture perf, happy-dom] first render ${firstRender.toFixed(0)} ms; keystroke median ` +
          `${median(perKey).toFixed(2)} ms, p95 ${p95(perKey).toFixed(2)} ms (n=${perKey.length}); ` +
          `Enter median ${median(perEnter).toFixed(1)} ms (n=${perEnter.length})`,
      );
    },
  );
});
