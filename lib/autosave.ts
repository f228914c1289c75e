/**
 * Autosave of one document being edited: every edit is kept in memory at once, written after a
 * short pause in typing (debounce), and written immediately on `flush()` (the page calls it when
 * it is hidden, closed or loses focus). A failed write keeps the edit and retries with backoff; a
 * full disk is reported as such. Edits made while a write is in flight are re-applied on top of
 * what was written, and edits arriving from another view are merged in (lib/merge.ts).
 *
 * Pure: the clock and timers are parameters, so tests drive it with fake ones.
 */
import { deepEqual, merge3 } from './merge';

export type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; quota: boolean; retryInMs: number }
  /** Deleted in another view: nothing is written (it would re-create it); edits stay here. */
  | { kind: 'deleted' };

export interface AutosaveOptions<T> {
  /** Persists `local`, an edit of `base`; returns what is now stored. */
  save: (base: T, local: T) => Promise<T>;
  isQuotaError: (error: unknown) => boolean;
  /** A save failed because the document is gone (lib/store/revisioned.ts): stop, keep edits. */
  isDeleted?: (error: unknown) => boolean;
  onChange: (doc: T, state: SaveState) => void;
  delayMs?: number;
  now?: () => Date;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];

export class Autosave<T> {
  private base: T;
  private local: T;
  private state: SaveState = { kind: 'saved', at: null };
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  private readonly delayMs: number;
  private readonly now: () => Date;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    initial: T,
    private readonly options: AutosaveOptions<T>,
  ) {
    this.base = initial;
    this.local = initial;
    this.delayMs = options.delayMs ?? 300;
    this.now = options.now ?? (() => new Date());
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as number));
  }

  get doc(): T {
    return this.local;
  }

  /** The version last known to be stored (what `doc` is an edit of). */
  get stored(): T {
    return this.base;
  }

  get saveState(): SaveState {
    return this.state;
  }

  get dirty(): boolean {
    return !deepEqual(this.local, this.base);
  }

  /** Records an edit; it is written after `delayMs` without further edits. */
  edit(update: (doc: T) => T): void {
    this.local = update(this.local);
    if (this.state.kind === 'deleted') return this.emit(); // kept in memory until it is back
    if (this.state.kind !== 'error') this.state = { kind: 'pending' };
    this.emit();
    this.schedule(this.delayMs);
  }

  /** Writes pending edits now; resolves when they are stored (or the write failed). */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || this.state.kind === 'deleted') return;
    this.inFlight = this.write().finally(() => (this.inFlight = null));
    await this.inFlight;
  }

  /** Another view stored a newer version: merge it with whatever is still unsaved here. */
  receive(remote: T): void {
    this.local = this.dirty ? merge3(this.base, this.local, remote) : remote;
    this.base = remote;
    this.emit();
  }

  /** The document was deleted elsewhere: stop writing; edits are kept until `revive`. */
  deleted(): void {
    this.cancelTimer();
    this.state = { kind: 'deleted' };
    this.emit();
  }

  /** The document is back (restored from the trash): this view's edits go onto it and are saved. */
  revive(stored: T): void {
    this.state = { kind: 'pending' };
    this.receive(stored);
    if (this.dirty) this.schedule(0);
    else this.state = { kind: 'saved', at: null };
    this.emit();
  }

  dispose(): void {
    this.cancelTimer();
  }

  private async write(): Promise<void> {
    const sent = this.local;
    this.state = { kind: 'saving' };
    this.emit();
    try {
      const stored = await this.options.save(this.base, sent);
      this.failures = 0;
      // Edits typed during the write are re-applied on top of what was stored.
      this.local = deepEqual(this.local, sent) ? stored : merge3(sent, this.local, stored);
      this.base = stored;
      if (this.dirty) {
        this.state = { kind: 'pending' };
        this.schedule(this.delayMs);
      } else {
        this.state = { kind: 'saved', at: this.now() };
      }
    } catch (error) {
      if (this.options.isDeleted?.(error)) {
        this.state = { kind: 'deleted' };
        return this.emit();
      }
      const retryInMs = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)] ?? 30_000;
      this.failures++;
      this.state = { kind: 'error', quota: this.options.isQuotaError(error), retryInMs };
      this.schedule(retryInMs);
    }
    this.emit();
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private emit(): void {
    this.options.onChange(this.local, this.state);
  }
}
