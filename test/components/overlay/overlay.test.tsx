import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountOverlay } from '../../../entrypoints/overlay/overlay';
import type { LiveStore, StorageLike } from '../../../lib/adapters/live-store';
import type { LiveState } from '../../../lib/timer/live';
import { localTimer, meetingOf, memoryMeeting, runningLive, T0 } from '../../helpers/live';

/**
 * The overlay's cost and behaviour on a meeting page, with a fake clock: it wakes once per
 * displayed second while visible and running, never while the page is hidden or paused, and
 * leaves nothing behind when stopped. (Counts of timers are deterministic; no wall-clock asserts.)
 */
const topics = [{ id: 't', title: 'Q2推广活动复盘', plannedMinutes: 20 }];
const running = () => runningLive(topics);

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('overlay on the page', () => {
  let live: LiveState | null;
  let listeners: ((s: LiveState | null) => void)[];
  const store: LiveStore = {
    read: async () => live,
    write: async (s) => {
      live = s;
      listeners.forEach((l) => l(s));
    },
    watch: (l) => {
      listeners.push(l);
      return () => (listeners = listeners.filter((x) => x !== l));
    },
  };
  const api = {
    runtime: { id: 'ext' },
    storage: { local: { get: async () => ({}), set: async () => {} } },
  } as unknown as StorageLike;

  // The overlay's buttons go to the one timer writer, as from a meeting page in the extension.
  let record: ReturnType<typeof memoryMeeting>;
  const timer = () =>
    localTimer({
      meetings: record.meetings,
      live: store,
      settings: { read: async () => ({ alerts: live!.alerts }) as never },
      now: () => new Date(),
    }).client('overlay', 'meeting page');

  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
    live = running();
    record = memoryMeeting(meetingOf(live));
    listeners = [];
    setVisibility('visible');
  });
  afterEach(() => vi.useRealTimers());

  const mount = () =>
    mountOverlay({
      store,
      timer: timer(),
      api,
      site: 'meeting.tencent.com',
      isMeetingPage: async () => true,
      onDock: () => {},
      now: () => Date.now(),
    });
  const clock = () =>
    document.querySelector('minutes-overlay')?.shadowRoot?.querySelector('[role=timer]')
      ?.textContent;

  it('counts down once per second while visible, and does not wake at all while hidden', async () => {
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const stop = mount();
    await vi.advanceTimersByTimeAsync(10);
    expect(clock()).toBe('20:00');
    const before = timeouts.mock.calls.length;
    await vi.advanceTimersByTimeAsync(60_000);
    const visibleWakeups = timeouts.mock.calls.length - before;
    expect(visibleWakeups).toBeGreaterThanOrEqual(59);
    expect(visibleWakeups).toBeLessThanOrEqual(61);
    expect(clock()).toBe('19:00');

    setVisibility('hidden');
    const hiddenStart = timeouts.mock.calls.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(timeouts.mock.calls.length - hiddenStart).toBe(0);

    setVisibility('visible'); // back: the right time at once, derived, not counted
    await vi.advanceTimersByTimeAsync(10);
    expect(clock()).toBe('18:00');
    stop();
  });

  it('pauses from its button, then stops waking', async () => {
    const stop = mount();
    await vi.advanceTimersByTimeAsync(5_000);
    const pause = document
      .querySelector('minutes-overlay')!
      .shadowRoot!.querySelector<HTMLButtonElement>('.row button')!;
    expect(pause.textContent).toBe('暂停');
    pause.click();
    await vi.advanceTimersByTimeAsync(10);
    expect(live!.timing.records[0]!.segments[0]!.end).not.toBeNull();
    expect(live!.writer).toBe('overlay');
    expect(record.stored.timing).toEqual(live!.timing); // the minutes record the pause too
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(timeouts.mock.calls.length).toBe(0);
    expect(pause.textContent).toBe('继续');
    stop();
  });

  it('announces thresholds to screen readers, not seconds', async () => {
    live!.topics = [{ ...topics[0]!, plannedMinutes: 3 }];
    const stop = mount();
    const sr = () =>
      document.querySelector('minutes-overlay')!.shadowRoot!.querySelector('[aria-live]')!
        .textContent;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(sr()).toBe('');
    await vi.advanceTimersByTimeAsync(31_000);
    expect(sr()).toBe('Q2推广活动复盘: 剩余不足 2 分钟');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sr()).toBe('Q2推广活动复盘: 已超时');
    stop();
  });

  it('shows nothing on a page that is not a meeting, and removes itself when stopped', async () => {
    const off = mountOverlay({
      store,
      timer: timer(),
      api,
      site: 'x',
      isMeetingPage: async () => false,
      onDock: () => {},
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(document.querySelector('minutes-overlay')).toBeNull();
    off();
    const stop = mount();
    await vi.advanceTimersByTimeAsync(10);
    expect(document.querySelector('minutes-overlay')).not.toBeNull();
    stop();
    expect(document.querySelector('minutes-overlay')).toBeNull();
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(timeouts.mock.calls.length).toBe(0);
  });
});
