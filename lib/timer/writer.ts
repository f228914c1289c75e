/**
 * The one writer of the timer: it applies every timer command (from the panel, the editor and
 * the page overlay, lib/timer/commands.ts) by writing the meeting's timing through the meeting
 * repository's `save` and then the live state for meeting pages (lib/timer/link.ts decides both).
 * The background runs one (lib/adapters/timer-server.ts); nothing else writes either.
 *
 * Why the two can never disagree once a command is answered: commands run one at a time in one
 * queue in one process (the background), each reads both states after the previous one was
 * written, the record is written first and the live state is rebuilt from what was stored. A
 * stop between the two writes leaves the live state behind the record; the next command, or
 * the refresh the editor sends when a meeting is opened, rebuilds it from the record.
 *
 * A meeting page (its content script runs in the site's process, lib/sender.ts) may only
 * pause, resume and go to the next topic of the running meeting it shows.
 */
import { deepEqual } from '../merge';
import type { MeetingStore } from '../store/remote';
import type { LiveStore } from '../adapters/live-store';
import type { TimerMessage, TimerReply } from './commands';
import { link } from './link';
import { isActive, toLive, type AlertSettings, type LiveState } from './live';

export interface TimerWriterDeps {
  meetings: Pick<MeetingStore, 'get' | 'save'>;
  live: LiveStore;
  alerts: () => Promise<AlertSettings>;
  now: () => number;
}

export type Asker = 'extension page' | 'meeting page';

const PAGE_ACTIONS = new Set(['pause', 'resume', 'next']);

function pageMayAsk(message: TimerMessage, live: LiveState | null): boolean {
  const c = message.command;
  return (
    c.type === 'action' &&
    PAGE_ACTIONS.has(c.action.type) &&
    isActive(live) &&
    live.meetingId === c.meetingId
  );
}

export function timerWriter(deps: TimerWriterDeps) {
  let queue: Promise<unknown> = Promise.resolve();

  async function run(message: TimerMessage, asker: Asker): Promise<TimerReply> {
    const { command } = message;
    // A meeting page cannot speak for a panel.
    const from = asker === 'meeting page' ? 'overlay' : message.from;
    const [found, live, alerts] = await Promise.all([
      deps.meetings.get(command.meetingId),
      deps.live.read(),
      deps.alerts(),
    ]);
    if (asker === 'meeting page' && !pageMayAsk(message, live)) {
      return { ok: false, reason: 'refused' };
    }
    if (!found || 'reason' in found) return { ok: false, reason: 'no such meeting' };
    const next = link(command, found, live, { alerts, now: deps.now(), writer: from });

    let stored = found;
    if (!deepEqual(next.timing, found.timing)) {
      stored = (await deps.meetings.save(found, { ...found, timing: next.timing })).saved;
    }
    // Rebuilt from what was stored (a save merged with a concurrent edit may differ in title).
    const mirrored =
      next.live && toLive(stored, alerts, next.live.changedAt, next.live.writer, next.live.locale);
    if (mirrored && !deepEqual(mirrored, live)) await deps.live.write(mirrored);
    return { ok: true };
  }

  return {
    /** Applies one command after every command before it has been written. */
    apply(message: TimerMessage, asker: Asker): Promise<TimerReply> {
      const result = queue.then(() => run(message, asker));
      queue = result.catch(() => {});
      return result.catch((e: unknown) => ({
        ok: false,
        reason: e instanceof Error ? e.message : String(e),
      }));
    },
  };
}

export type TimerWriter = ReturnType<typeof timerWriter>;
