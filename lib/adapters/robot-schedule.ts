/**
 * Adapter (background): the robot messages no click sends. Due-date and overdue reminders that
 * fire (lib/adapters/reminders.ts decides when, once per item) also go to the groups with
 * reminders on (lib/robots/schedule.ts says which); each group's weekly digest goes out at its
 * day and time, or once at the next start when the browser was closed then. Both are stored in
 * the outbox first (lib/store/outbox.ts), then the outbox runs (lib/adapters/outbox.ts).
 *
 * A digest's run is recorded before its messages are queued (as reminders move `lastRunAt` on
 * first): a run cut short never posts the same digest twice; at worst one is missed.
 */
import { browser } from 'wxt/browser';
import type { Locale } from '../i18n';
import { newMessages } from '../outbox/actions';
import type { Reminder } from '../plan/reminders';
import { digestDrafts, itemRefs, reminderDrafts } from '../robots/compose';
import { digestDue, itemsForGroup, nextDigestAt, reminderGroupsFor } from '../robots/schedule';
import type { ActionItem, Meeting } from '../schema';
import { ActionItemRepo } from '../store/action-items';
import { openMinutesDB } from '../store/db';
import { MeetingRepo } from '../store/meetings';
import { outboxStore, type OutboxStore } from '../store/outbox';
import type { StorageLike } from './live-store';
import { uiLocale } from './reminders';
import { ROBOT_GROUPS_KEY, robotGroupsItem } from './robot-groups';
import { robotPrefsItem } from './robot-prefs';
import { guarded, storageItem } from './storage-item';

export const DIGEST_RUNS_KEY = 'robotDigestRuns';
export const DIGEST_ALARM = 'robots:digest';

type Runs = Record<string, number>;
const isRuns = (raw: unknown): raw is Runs =>
  typeof raw === 'object' &&
  raw !== null &&
  Object.values(raw).every((v) => typeof v === 'number' && Number.isFinite(v));

export interface RobotScheduleEnv {
  api: Pick<StorageLike, 'storage'>;
  store: OutboxStore;
  loadItems: () => Promise<ActionItem[]>;
  loadMeeting: (id: string) => Promise<Meeting | null>;
  now: () => Date;
  timeZone: () => string;
  locale: () => Locale | Promise<Locale>;
  /** Runs the outbox after messages were queued. */
  send: () => Promise<unknown>;
}

/** Queues the reminders that just fired for the groups that get them; returns the messages. */
export async function postReminders(env: RobotScheduleEnv, fired: Reminder[], items: ActionItem[]) {
  if (!fired.length) return [];
  const [groups, prefs] = await Promise.all([
    robotGroupsItem(env.api).read(),
    robotPrefsItem(env.api).read(),
  ]);
  if (!prefs.reminderGroups.length) return [];
  const byId = new Map(items.map((i) => [i.id, i]));
  const perGroup = new Map<string, { item: ActionItem; kind: Reminder['kind'] }[]>();
  for (const r of fired) {
    const item = byId.get(r.itemId);
    if (!item) continue;
    for (const id of reminderGroupsFor(item, groups, prefs))
      perGroup.set(id, [...(perGroup.get(id) ?? []), { item, kind: r.kind }]);
  }
  if (!perGroup.size) return [];
  const locale = await env.locale();
  const mentioned = [...perGroup.values()].flat().map((f) => f.item.meetingId);
  const refs = itemRefs(items, await loadMeetings(env, mentioned));
  const queued = [];
  for (const [id, list] of perGroup) {
    const group = groups.find((g) => g.id === id)!;
    const o = { locale, now: env.now(), timeZone: env.timeZone() };
    // One message (one batch) per reminder: "part 2 of 3" is for a split message only.
    for (const f of list) {
      const fire = [{ ref: refs.get(f.item.id)!, kind: f.kind }];
      const messages = newMessages(reminderDrafts(group, fire, o), env.now());
      await env.store.add(messages);
      queued.push(...messages);
    }
  }
  await env.send();
  return queued;
}

async function loadMeetings(env: RobotScheduleEnv, ids: readonly string[]) {
  const meetings = new Map<string, Meeting | null>();
  for (const id of new Set(ids)) meetings.set(id, await env.loadMeeting(id));
  return meetings;
}

/** Posts every digest that is due, records it, and sets the alarm for the next one. */
export async function runDigests(env: RobotScheduleEnv, alarms = browser.alarms) {
  const now = env.now().getTime();
  const zone = env.timeZone();
  const runsItem = storageItem<Runs>(env.api, DIGEST_RUNS_KEY, guarded(isRuns), () => ({}));
  const [groups, prefs, runs] = await Promise.all([
    robotGroupsItem(env.api).read(),
    robotPrefsItem(env.api).read(),
    runsItem.read(),
  ]);
  const next: Runs = {};
  const due: { group: (typeof groups)[number]; at: number; from: number }[] = [];
  for (const group of groups) {
    if (!group.digest) continue;
    const last = runs[group.id] ?? null;
    const at = digestDue(group.digest, last, now, zone);
    next[group.id] = at === null ? (last ?? now) : now;
    if (at !== null) due.push({ group, at, from: at - 7 * 86_400_000 });
  }
  await runsItem.write(next); // before queuing: never the same digest twice
  if (due.length) {
    const [items, locale] = await Promise.all([env.loadItems(), env.locale()]);
    const refs = itemRefs(
      items,
      await loadMeetings(
        env,
        items.map((i) => i.meetingId),
      ),
    );
    for (const { group, at, from } of due) {
      const mine = itemsForGroup(items, group.id, prefs).map((i) => refs.get(i.id)!);
      const drafts = digestDrafts(group, mine, {
        from: new Date(from),
        to: new Date(at),
        locale,
        now: env.now(),
        timeZone: zone,
      });
      await env.store.add(newMessages(drafts, env.now()));
    }
    await env.send();
  }
  const upcoming = groups.flatMap((g) => (g.digest ? [nextDigestAt(g.digest, now, zone)] : []));
  await alarms.clear(DIGEST_ALARM);
  if (upcoming.length) await alarms.create(DIGEST_ALARM, { when: Math.min(...upcoming) });
  return due.map((d) => d.group.id);
}

/** Registers the digest's triggers (start-up, install, its alarm, a change of the groups). */
export function wireDigests(env: RobotScheduleEnv): () => Promise<unknown> {
  let current: Promise<unknown> = Promise.resolve();
  const run = () =>
    (current = current.then(() =>
      runDigests(env).catch((e: unknown) => console.warn('digest:', (e as Error)?.name)),
    ));
  browser.runtime.onStartup.addListener(() => void run());
  browser.runtime.onInstalled.addListener(() => void run());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DIGEST_ALARM) void run();
  });
  env.api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ROBOT_GROUPS_KEY in changes) void run();
  });
  return run;
}

/** The background's robot schedule on this browser's storage and database. */
export function browserRobotSchedule(send: () => Promise<unknown>): RobotScheduleEnv {
  const api = browser as unknown as StorageLike;
  let db: ReturnType<typeof openMinutesDB> | null = null;
  const open = () => (db ??= openMinutesDB());
  return {
    api,
    store: outboxStore(open),
    loadItems: async () => (await new ActionItemRepo(await open()).listAll()).items,
    loadMeeting: async (id) => {
      const m = await new MeetingRepo(await open()).get(id);
      return m && 'version' in m ? m : null; // a damaged record mentions nobody
    },
    now: () => new Date(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: () => uiLocale(api),
    send,
  };
}
