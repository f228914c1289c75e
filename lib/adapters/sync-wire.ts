/**
 * Adapter (background): when sync runs (issue 18). At browser start and after an update, every
 * 5 minutes on an alarm while it is on, ~2 s after the last change a view announced (the change
 * feed) or a change of the person's settings (lib/sync/person.ts; the sync's own writes of them
 * cause one more pass, which finds nothing to send), and when an extension page sends a command (lib/sender.ts: `sync` is theirs only).
 * Off or paused, only the preferences are read: the engine (lib/adapters/sync.ts) is not even
 * built. Its import() is lazy, but a worker build has no chunks, so its bytes count in the
 * background's budget all the same (test/build/budgets.test.ts).
 */
import { browser } from 'wxt/browser';
import { mayAsk } from '../sender';
import { parseChange } from '../store/changes';
import { parseSyncCommand, SYNC_FROM } from '../sync/command';
import { PERSON_KEYS } from '../sync/person';
import { SYNC_PREFS_KEY } from '../sync/status';
import type { SyncEngine } from './sync';

export const SYNC_ALARM = 'sync:every';
const AFTER_CHANGE_MS = 2_000;

let engine: Promise<SyncEngine> | null = null;
const load = () => (engine ??= import('./sync-background').then((m) => m.backgroundSync()));

/** On and not paused, read without loading the sync. */
async function active(): Promise<boolean> {
  const prefs = (await browser.storage.local.get(SYNC_PREFS_KEY))[SYNC_PREFS_KEY] as
    { enabled?: unknown; paused?: unknown } | undefined;
  return prefs?.enabled === true && prefs.paused !== true;
}

/** The 5-minute alarm exists exactly while sync is on and not paused. */
async function schedule(): Promise<void> {
  if (!(await active())) return void (await browser.alarms.clear(SYNC_ALARM));
  if (!(await browser.alarms.get(SYNC_ALARM)))
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 5 });
}

async function pass(): Promise<void> {
  try {
    if (await active()) await (await load()).run();
  } catch (e) {
    console.warn('sync:', (e as Error)?.name);
  }
  await schedule();
}

export function wireSync(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  browser.runtime.onStartup.addListener(() => void pass());
  // An update may clear the alarms: set again (and a pass) when the new version starts.
  browser.runtime.onInstalled.addListener(() => void pass());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void pass();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const change = parseChange(changes.change?.newValue);
    const person = PERSON_KEYS.some((key) => key in changes);
    if (!person && (!change || change.from === SYNC_FROM)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void pass(), AFTER_CHANGE_MS);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const command = parseSyncCommand(message);
    if (!command || !mayAsk('sync', sender, browser.runtime.id)) return undefined;
    return load()
      .then((e) => e.command(command))
      .then(schedule)
      .then(() => ({ ok: true }));
  });
}
