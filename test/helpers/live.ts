import { createMeeting, type Meeting } from '../../lib/schema';
import { applyTimerAction } from '../../lib/timer/actions';
import type { LiveState } from '../../lib/timer/live';
import type { LiveStore } from '../../lib/adapters/live-store';
import type { SettingsStore } from '../../lib/adapters/settings';
import type { ChangeFeed } from '../../lib/store/changes';
import { timerClient, type TimerClient } from '../../lib/timer/commands';
import { timerWriter, type Asker, type TimerWriterDeps } from '../../lib/timer/writer';

/** The moment every timer test starts its meeting. */
export const T0 = Date.parse('2026-03-02T06:00:00.000Z');

/** The live timer state as the panel writes it: a meeting started at T0 on its first topic. */
export function runningLive(
  topics: LiveState['topics'],
  overrides: Partial<LiveState> = {},
): LiveState {
  const timing = applyTimerAction(
    createMeeting(new Date(T0)).timing,
    topics,
    { type: 'startMeeting' },
    T0,
  );
  return {
    meetingId: 'm',
    title: '周会',
    topics,
    timing,
    alerts: { warnMinutes: 2, chime: false, notify: false },
    changedAt: T0,
    writer: 'panel',
    locale: 'zh-CN',
    ...overrides,
  };
}

/**
 * The timer writer in this process, as the background runs it (lib/adapters/timer-server.ts):
 * commands from the returned clients go straight to one writer over these stores.
 */
export function localTimer(deps: {
  meetings: TimerWriterDeps['meetings'];
  live: LiveStore;
  settings: Pick<SettingsStore, 'read'>;
  changes?: ChangeFeed;
  now: () => Date;
}) {
  // As the background does: the writer's saves are announced as the timer's (lib/store/announce.ts).
  const meetings: TimerWriterDeps['meetings'] = {
    get: (id) => deps.meetings.get(id),
    save: async (base, local) => {
      const result = await deps.meetings.save(base, local);
      const { id, rev } = result.saved;
      deps.changes?.publish({ kind: 'saved', store: 'meetings', id, rev, from: 'timer' });
      return result;
    },
  };
  const writer = timerWriter({
    meetings,
    live: deps.live,
    alerts: async () => (await deps.settings.read()).alerts,
    now: () => deps.now().getTime(),
  });
  return {
    writer,
    client: (from: string, asker: Asker = 'extension page'): TimerClient =>
      timerClient((message) => writer.apply(message, asker), from),
  };
}

/** The meeting record a live state was mirrored from (topics get the schema's defaults). */
export function meetingOf(live: LiveState): Meeting {
  return createMeeting(new Date(T0), {
    id: live.meetingId,
    title: live.title,
    topics: live.topics as Meeting['topics'],
    timing: live.timing,
  });
}

/** One meeting in memory, saved as the repository does (no IndexedDB: for fake-timer tests). */
export function memoryMeeting(initial: Meeting) {
  let stored = initial;
  return {
    get stored() {
      return stored;
    },
    meetings: {
      get: async (id: string) => (id === stored.id ? stored : null),
      save: async (_base: Meeting, local: Meeting) => {
        stored = { ...local, rev: stored.rev + 1 };
        return { saved: stored, merged: false };
      },
    },
  };
}
