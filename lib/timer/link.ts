/**
 * The link between a meeting's timing (in its record, IndexedDB) and the live timer state that
 * meeting pages see (`storage.local`, lib/timer/live.ts). Pure: given a command, the stored
 * meeting and the current live state, it returns the new timing and the live state that goes
 * with it, so the two are always derived together. One writer applies it (lib/timer/writer.ts);
 * the panel, the editor and the overlay only send commands (lib/timer/commands.ts).
 *
 * The record is the truth: the live state is always rebuilt from the meeting, never the other
 * way round, so a live state left behind by a crash or another version is repaired by the next
 * command or refresh.
 */
import type { Meeting, Timing } from '../schema/meeting';
import type { TimerCommand } from './commands';
import { applyTimerAction } from './actions';
import { toLive, type AlertSettings, type LiveState } from './live';

export interface LinkContext {
  alerts: AlertSettings;
  now: number;
  /** Who asked (a panel's view id, or 'overlay'); the live state keeps who last changed the timing. */
  writer: string;
}

export interface LinkResult {
  /** The meeting's new timing; equal to the stored one when the command changed nothing. */
  timing: Timing;
  /** The live state to store, or null to leave it as it is (it shows another meeting). */
  live: LiveState | null;
}

export function link(
  command: TimerCommand,
  meeting: Meeting,
  live: LiveState | null,
  ctx: LinkContext,
): LinkResult {
  const locale = command.locale ?? live?.locale ?? 'en';
  if (command.type === 'refresh') {
    // Title, agenda, alerts or language changed: mirror them, if this meeting is the live one.
    if (live?.meetingId !== meeting.id) return { timing: meeting.timing, live: null };
    return {
      timing: meeting.timing,
      live: toLive(meeting, ctx.alerts, live.changedAt, live.writer, locale),
    };
  }
  // A timer action makes this meeting the one meeting pages show (as starting it always did).
  const timing = applyTimerAction(meeting.timing, meeting.topics, command.action, ctx.now);
  return {
    timing,
    live: toLive({ ...meeting, timing }, ctx.alerts, ctx.now, ctx.writer, locale),
  };
}
