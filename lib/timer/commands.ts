/**
 * Timer commands: what the panel, the editor and the page overlay send to the one timer writer
 * (lib/timer/writer.ts, run by the background: lib/adapters/timer-server.ts). None of them writes
 * the meeting's timing or the live state itself. Hand-written guard, no zod: the overlay ships
 * this file (6 KB budget).
 */
import type { TimerAction } from './actions';

export type TimerCommand =
  | {
      type: 'action';
      meetingId: string;
      action: TimerAction;
      /** The sending view's UI language, which the overlay follows; absent from the overlay. */
      locale?: 'zh-CN' | 'en';
    }
  | { type: 'refresh'; meetingId: string; locale?: 'zh-CN' | 'en' };

export interface TimerMessage {
  type: 'timer';
  command: TimerCommand;
  /** Who asks: a panel's view id, or 'overlay'. */
  from: string;
}

export type TimerReply = { ok: true } | { ok: false; reason: string };

const ACTIONS = [
  'startMeeting',
  'startTopic',
  'pause',
  'resume',
  'next',
  'back',
  'extend',
  'endMeeting',
];

export function isTimerMessage(m: unknown): m is TimerMessage {
  const msg = m as Partial<TimerMessage> | null;
  const c = msg?.command as
    { type?: unknown; meetingId?: unknown; locale?: unknown; action?: unknown } | undefined;
  if (msg?.type !== 'timer' || typeof msg.from !== 'string' || typeof c?.meetingId !== 'string') {
    return false;
  }
  if (c.locale !== undefined && c.locale !== 'zh-CN' && c.locale !== 'en') return false;
  if (c.type === 'refresh') return true;
  const a = c.action as { type?: unknown; topicId?: unknown; minutes?: unknown } | undefined;
  return (
    c.type === 'action' &&
    ACTIONS.includes(a?.type as string) &&
    (a!.type !== 'startTopic' || typeof a!.topicId === 'string') &&
    (a!.type !== 'extend' || typeof a!.minutes === 'number')
  );
}

/** What a view uses to drive the timer; `send` is `runtime.sendMessage` in the extension. */
export interface TimerClient {
  run(meetingId: string, action: TimerAction, locale?: 'zh-CN' | 'en'): Promise<TimerReply>;
  /** The meeting's title, agenda or the alert settings changed: mirror them to meeting pages. */
  refresh(meetingId: string, locale?: 'zh-CN' | 'en'): Promise<TimerReply>;
}

export function timerClient(
  send: (m: TimerMessage) => Promise<unknown>,
  from: string,
): TimerClient {
  const ask = async (command: TimerCommand): Promise<TimerReply> => {
    const reply = (await send({ type: 'timer', command, from })) as TimerReply | undefined;
    return reply ?? { ok: false, reason: 'no reply from the background' };
  };
  return {
    run: (meetingId, action, locale) => ask({ type: 'action', meetingId, action, locale }),
    refresh: (meetingId, locale) => ask({ type: 'refresh', meetingId, locale }),
  };
}
