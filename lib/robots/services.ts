/**
 * What the robot views (settings' groups and outbox, the review tab's 发送到群) need from the
 * outside world; built by lib/adapters/robot-services.ts, faked by tests, provided by
 * components/robots/context.ts. Secrets go in through `save` and never come back out.
 */
import type { OutboxMessage } from '../outbox/types';
import type { GroupInput, GroupView } from './groups';

export interface RobotsView {
  groups: GroupView[];
  /** Series name → group id. */
  seriesDefaults: Record<string, string>;
}

export interface OutboxAccess {
  /** Every message, newest first. */
  list(): Promise<OutboxMessage[]>;
  /** Calls back whenever a message is added or changes state (any page, the background). */
  watch(listener: () => void): () => void;
  /** A failed or unknown message (and the parts after it) queued again, by the user. */
  retry(id: string): Promise<void>;
  /** A message the user gave up on: never sent. */
  drop(id: string): Promise<void>;
}

export interface RobotServices {
  read(): Promise<RobotsView>;
  watch(listener: (view: RobotsView) => void): () => void;
  /** Stores a checked group (the caller checked the webhook); `secret` undefined keeps it. */
  save(input: GroupInput): Promise<GroupView>;
  remove(id: string): Promise<void>;
  setSeriesDefault(series: string, groupId: string | null): Promise<void>;
  /**
   * Asks the browser for exactly the webhook's host (optional host permission). Call it inside
   * the user's click, before any await: browsers prompt only for a user gesture.
   */
  requestHost(webhook: string): Promise<boolean>;
  /** Stores the messages as queued (one batch, in order) and wakes the background to send. */
  enqueue(messages: OutboxMessage[]): Promise<void>;
  outbox: OutboxAccess;
}
