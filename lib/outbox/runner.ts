/**
 * The outbox runner: sends what is due, in order, once. Pure logic over an injected store,
 * channels and clock (the background runs it: lib/adapters/outbox.ts).
 *
 * - Order: per target, oldest first; a batch's messages (a split message's parts) in `seq` order,
 *   none before the previous one is `sent`. A target whose oldest waiting message is backing off
 *   (rate limit, network) holds its later messages too, so they arrive in the order queued.
 * - Once: a message is marked `sending` IN THE STORE before the channel is called, then `sent`,
 *   `failed` or `queued` again. A message still `sending` when a run starts was cut off (the
 *   browser or worker died between the post and its record): it becomes `unknown` and is never
 *   re-sent by itself ("may have been posted; check the group"); the user resends or drops it.
 *   Runs in one worker are serialised by the caller (one at a time), so a run never sees another
 *   live run's `sending`.
 * - A post that times out may have reached the group: `unknown` too, never retried blindly. A
 *   fetch that fails without an answer (offline, refused) is retried with backoff.
 * - Pace: a channel may say how many posts a target takes per minute (the platforms' documented
 *   limits); the runner counts the target's posts of the last minute from the store and waits.
 */
import type { OutboxStore } from '../store/outbox';
import { defaultBackoff, nextDue, pickDue } from './order';
import type { OutboxChannel, OutboxChannelName, OutboxMessage, SendOutcome } from './types';

export { defaultBackoff, nextDue, pickDue };

export interface PacedChannel extends OutboxChannel {
  /** Posts per minute this message's target accepts, if limited. */
  perMinute?(message: OutboxMessage): Promise<number | undefined> | number | undefined;
  /** The least time between two posts to this message's target (a per-second limit), ms. */
  minGapMs?(message: OutboxMessage): Promise<number | undefined> | number | undefined;
}

export interface RunnerDeps {
  store: OutboxStore;
  channels: Partial<Record<OutboxChannelName, PacedChannel>>;
  now: () => number;
  /** How long one post may take before it is given up as `unknown`. */
  timeoutMs?: number;
  /** Tries before a retryable error becomes `failed` (the user can retry it). */
  maxAttempts?: number;
  /** The wait before try n+1 after n tries. */
  backoff?: (attempts: number) => number;
  /** Stops the run between messages (and aborts the one being sent). */
  signal?: AbortSignal;
  /** Waits `ms` (a per-second gap between two parts); real time by default. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Called once when the last part of a batch is sent (every part `sent`), with its parts in
   * order: a message is sent once, so a batch completes once. A failure here is logged and does
   * not stop the run (the posts are out; only their record is missing).
   */
  onBatchSent?: (parts: OutboxMessage[]) => Promise<void> | void;
}

export interface RunReport {
  sent: string[];
  failed: string[];
  retrying: string[];
  unknown: string[];
  /** When the next queued message is due (ms), or null when nothing is queued. */
  nextAt: number | null;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_ATTEMPTS = 10;
export const UNKNOWN_CRASH = 'interrupted: may have been posted';
export const UNKNOWN_TIMEOUT = 'timeout: may have been posted';

/** `sending` → `unknown` for every message a dead run left behind. */
export async function recoverInterrupted(store: OutboxStore): Promise<string[]> {
  const cut = await store.inState('sending');
  const done: string[] = [];
  for (const m of cut) {
    const r = await store.update(m.id, (c) =>
      c.state === 'sending' ? { ...c, state: 'unknown', error: UNKNOWN_CRASH } : null,
    );
    if (r) done.push(m.id);
  }
  return done;
}

/** One pass: recover, then send every due message in order. Returns what happened. */
export async function runOutbox(deps: RunnerDeps): Promise<RunReport> {
  const report: RunReport = { sent: [], failed: [], retrying: [], unknown: [], nextAt: null };
  report.unknown.push(...(await recoverInterrupted(deps.store)));
  const blocked = new Set<string>();
  // Sends as long as something is due: a sent part makes the next part of its batch due.
  for (;;) {
    if (deps.signal?.aborted) break;
    const all = await deps.store.all();
    const next = pickDue(all, deps.now()).find((m) => !blocked.has(m.target));
    if (!next) break;
    const wait = await paceWait(deps, next, all);
    if (wait > 0) {
      await deps.store.update(next.id, (c) =>
        c.state === 'queued'
          ? { ...c, nextAttemptAt: new Date(deps.now() + wait).toISOString() }
          : null,
      );
      blocked.add(next.target);
      continue;
    }
    const gap = await gapWait(deps, next, all);
    if (gap > 0) await (deps.sleep ?? ((ms) => new Promise((ok) => setTimeout(ok, ms))))(gap);
    const result = await sendOne(deps, next);
    if (result) report[result].push(next.id);
    if (result !== 'sent') blocked.add(next.target);
    else if (deps.onBatchSent) await batchSent(deps, next.batch, deps.onBatchSent);
  }
  report.nextAt = nextDue(await deps.store.all(), deps.now());
  return report;
}

async function batchSent(
  deps: RunnerDeps,
  batch: string,
  hook: NonNullable<RunnerDeps['onBatchSent']>,
) {
  const parts = (await deps.store.all()).filter((m) => m.batch === batch);
  if (!parts.length || parts.some((m) => m.state !== 'sent')) return;
  try {
    await hook(parts.sort((a, b) => a.seq - b.seq));
  } catch (e) {
    console.warn('outbox: after send:', (e as Error)?.name);
  }
}

/** How long to wait, at most a second or two, before posting to a target with a per-second cap. */
async function gapWait(deps: RunnerDeps, m: OutboxMessage, all: readonly OutboxMessage[]) {
  const gap = (await deps.channels[m.channel]?.minGapMs?.(m)) ?? 0;
  if (!gap) return 0;
  const last = Math.max(
    ...all.filter((o) => o.target === m.target && o.sentAt).map((o) => Date.parse(o.sentAt!)),
  );
  return Number.isFinite(last) ? Math.min(gap, Math.max(0, last + gap - deps.now())) : 0;
}

async function paceWait(deps: RunnerDeps, m: OutboxMessage, all: readonly OutboxMessage[]) {
  const limit = await deps.channels[m.channel]?.perMinute?.(m);
  if (!limit) return 0;
  const now = deps.now();
  const recent = all
    .filter((o) => o.target === m.target && o.sentAt && now - Date.parse(o.sentAt) < 60_000)
    .map((o) => Date.parse(o.sentAt!))
    .sort((a, b) => a - b);
  if (recent.length < limit) return 0;
  // Wait until the oldest post of the window is a minute old.
  return recent[recent.length - limit]! + 60_000 - now;
}

type Result = 'sent' | 'failed' | 'retrying' | 'unknown';

async function sendOne(deps: RunnerDeps, m: OutboxMessage): Promise<Result | null> {
  const { store } = deps;
  const claimed = await store.update(m.id, (c) =>
    c.state === 'queued' ? { ...c, state: 'sending', attempts: c.attempts + 1 } : null,
  );
  if (!claimed) return null;
  const channel = deps.channels[claimed.channel];
  if (!channel) {
    await store.update(m.id, (c) => ({ ...c, state: 'failed', error: 'no channel' }));
    return 'failed';
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const stop = () => controller.abort();
  deps.signal?.addEventListener('abort', stop);
  let outcome: SendOutcome;
  try {
    outcome = await channel.send(claimed, controller.signal);
  } catch (error) {
    outcome = { ok: false, retry: true, error: `network: ${(error as Error)?.name ?? 'Error'}` };
  } finally {
    clearTimeout(timer);
    deps.signal?.removeEventListener('abort', stop);
  }
  const now = deps.now();
  if (timedOut || (controller.signal.aborted && !outcome.ok)) {
    // The request may have been received: never re-sent by itself.
    await store.update(m.id, (c) => ({ ...c, state: 'unknown', error: UNKNOWN_TIMEOUT }));
    return 'unknown';
  }
  if (outcome.ok) {
    await store.update(m.id, (c) => ({
      ...c,
      state: 'sent',
      sentAt: new Date(now).toISOString(),
      nextAttemptAt: null,
      error: null,
    }));
    return 'sent';
  }
  const max = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (outcome.retry && claimed.attempts < max) {
    const wait = Math.max(
      outcome.retryAfterMs ?? 0,
      (deps.backoff ?? defaultBackoff)(claimed.attempts),
    );
    await store.update(m.id, (c) => ({
      ...c,
      state: 'queued',
      nextAttemptAt: new Date(now + wait).toISOString(),
      error: outcome.error,
    }));
    return 'retrying';
  }
  await store.update(m.id, (c) => ({ ...c, state: 'failed', error: outcome.error }));
  return 'failed';
}
