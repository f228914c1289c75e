/**
 * The overlay's lifecycle: show it while a meeting runs, wake once per visible second change and
 * never while the page is hidden, send pause/next to the timer writer (it changes the meeting and
 * the live state this overlay watches; lib/timer/writer.ts), remember where the user dragged it
 * per site, and remove every node, timer and listener when stopped.
 */
import type { LiveStore, StorageLike } from '../../lib/adapters/live-store';
import { guarded, storageItem } from '../../lib/adapters/storage-item';
import type { TimerAction } from '../../lib/timer/actions';
import type { TimerClient } from '../../lib/timer/commands';
import { isActive, type LiveState } from '../../lib/timer/live';
import { msToNextSecond, topicView } from '../../lib/timer/math';
import { overlayText } from '../../lib/timer/overlay-messages';
import { createView, type Pos } from './view';

const isPos = (raw: unknown): raw is Pos =>
  typeof raw === 'object' && raw !== null && 'x' in raw && 'y' in raw;

export function mountOverlay(deps: {
  store: LiveStore;
  timer: Pick<TimerClient, 'run'>;
  api: StorageLike;
  site: string;
  /** Whether the page, at its current URL, is a meeting (single-page apps change URL in place). */
  isMeetingPage: (href: string) => Promise<boolean>;
  onDock: () => void;
  now?: () => number;
}) {
  const { store, api, site } = deps;
  const now = deps.now ?? Date.now;
  const place = storageItem<Pos | undefined>(
    api,
    `overlay:${site}`,
    guarded(isPos),
    () => undefined,
  );
  let live: LiveState | null = null;
  let view: ReturnType<typeof createView> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hidden = false;
  let stopped = false;
  let checkedHref = '';
  let meetingPage = false;

  const act = (action: TimerAction) => {
    if (isActive(live)) void deps.timer.run(live.meetingId, action);
  };

  const update = () => {
    clearTimeout(timer);
    // After the extension is updated or removed this script is orphaned: clean up and go.
    if (!api.runtime?.id) stop();
    if (stopped) return;
    if (isActive(live) && location.href !== checkedHref) {
      const href = (checkedHref = location.href);
      void deps.isMeetingPage(href).then((yes) => {
        if (href !== checkedHref) return;
        meetingPage = yes;
        update();
      });
    }
    if (!isActive(live) || hidden || !meetingPage) {
      view?.destroy();
      view = null;
      return;
    }
    if (!view) {
      view = createView({
        t: (key, n) => overlayText(live?.locale ?? 'en', key, n),
        onPause: () => act(live && isCurrentRunning(live) ? { type: 'pause' } : { type: 'resume' }),
        onNext: () => act({ type: 'next' }),
        onDock: deps.onDock,
        onHide: () => ((hidden = true), update()),
        onPlace: (pos) => void place.write(pos),
      });
      void place.read().then((pos) => view?.place(pos));
    }
    const topic = live.topics.find((t) => t.id === live!.timing.currentTopicId) ?? null;
    const v = topic ? topicView(live.timing, topic, now(), live.alerts.warnMinutes * 60_000) : null;
    view.render(topic?.title ?? '', v, live.alerts.warnMinutes);
    // One wake-up per change of the displayed second, only while it is visible and running.
    if (v?.running && document.visibilityState === 'visible') {
      timer = setTimeout(update, msToNextSecond(v.remainingMs) + 5);
    }
  };

  const onVisibility = () => update();
  document.addEventListener('visibilitychange', onVisibility);
  const unwatch = store.watch((state) => {
    live = state;
    update();
  });
  void store.read().then((state) => {
    live = state;
    update();
  });

  function stop() {
    stopped = true;
    clearTimeout(timer);
    unwatch();
    document.removeEventListener('visibilitychange', onVisibility);
    view?.destroy();
    view = null;
  }
  return stop;
}

function isCurrentRunning(live: LiveState): boolean {
  const r = live.timing.records.find((x) => x.topicId === live.timing.currentTopicId);
  return !!r && r.segments.some((s) => s.end === null);
}
