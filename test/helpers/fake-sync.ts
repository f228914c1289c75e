import { SyncPrefs, SyncStatus, type SyncConflict, type SyncServices } from '../../lib/sync/status';

/**
 * SyncServices as the background would answer them, in memory: each command is recorded and
 * changes the choices and the status the way the background's pass would, and `set` plays a
 * status the background wrote (a pass, an error, conflicts). `failNext` makes the next command
 * reject, as sendMessage does when no background answers.
 */
export function fakeSync(initial: Partial<SyncStatus> = {}, initialPrefs: Partial<SyncPrefs> = {}) {
  let status = SyncStatus.parse(initial);
  let prefs = SyncPrefs.parse(initialPrefs);
  const listeners = new Set<(s: SyncStatus) => void>();
  const calls: string[] = [];
  let failNext: Error | null = null;
  const set = (patch: Partial<SyncStatus>) => {
    status = SyncStatus.parse({ ...status, ...patch });
    for (const l of listeners) l(status);
  };
  const command = (name: string, effect: () => void) => async () => {
    calls.push(name);
    const failure = failNext;
    failNext = null;
    if (failure) throw failure;
    effect();
  };
  const same = (c: SyncConflict, id: string, path: string) => c.id === id && c.path === path;
  const services: SyncServices = {
    status: async () => status,
    watch(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    prefs: async () => prefs,
    enable: command('enable', () => {
      prefs = { enabled: true, paused: false };
      set({ state: 'syncing' });
    }),
    pause: command('pause', () => {
      prefs = { ...prefs, paused: true };
      set({ state: 'paused' });
    }),
    resume: command('resume', () => {
      prefs = { ...prefs, paused: false };
      set({ state: 'idle' });
    }),
    syncNow: command('now', () => set({ state: 'syncing' })),
    disconnect: command('disconnect', () => {
      prefs = { enabled: false, paused: false };
      set({ state: 'off', lastSyncAt: null, pending: 0, last: null, error: null, conflicts: [] });
    }),
    resolve: (id, path, choice) =>
      command(`resolve ${id} ${path} ${choice}`, () =>
        set({ conflicts: status.conflicts.filter((c) => !same(c, id, path)) }),
      )(),
  };
  return {
    services,
    calls,
    set,
    failNext: (error: Error) => void (failNext = error),
    prefs: () => prefs,
  };
}
